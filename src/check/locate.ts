import type { SlideModel } from './deck-model.js';
import type { ShapeInfo } from './shapes.js';

/** The location fields of a finding about one shape on one slide. */
export function at(slide: SlideModel, shape?: ShapeInfo): { slide: number; shapeId?: string; shapeName?: string } {
  return shape === undefined ? { slide: slide.number } : { slide: slide.number, shapeId: shape.id, shapeName: shape.name };
}

/** Text shortened for a message: first line, at most 40 characters. */
export function excerpt(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
