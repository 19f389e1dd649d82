import type Handlebars from 'handlebars';

/** A precompiled template, as `Handlebars.template` takes it. */
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** The options every template is compiled with (strict lookups; partials keep their own indentation). */
export const TEMPLATE_COMPILE_OPTIONS = { strict: true, preventIndent: true } as const;

/**
 * The bundled template sets' templates, compiled ahead of time: each template's text (as the
 * template loader reads it) → a function returning a fresh Handlebars spec, the output of
 * `Handlebars.precompile(text, TEMPLATE_COMPILE_OPTIONS)`. A template whose text is here runs
 * without Handlebars' compiler; any other text is compiled at run time as before.
 *
 * Empty in the library and under the tests: the command-line bundles replace this module with
 * one generated from `templates/` when they are built (`src/tools/precompile-templates.mjs`),
 * so it can never fall out of step with the templates it is built with.
 */
export const PRECOMPILED_TEMPLATES: ReadonlyMap<string, () => TemplateSpecification> = new Map();
