/** A `::: name` … `:::` section of a slide body. */
export interface FencedDiv {
  name: string;
  text: string;
  /** 1-based markup line of the div's first content line. */
  line: number;
}

/** A slide body with its fenced divs taken out. */
export interface DividedBody {
  main: string;
  mainLine: number;
  divs: FencedDiv[];
}

const OPEN = /^:::\s*([A-Za-z][\w-]*)\s*$/;
const CLOSE = /^:::\s*$/;

/**
 * Takes pandoc-style fenced divs (`::: notes`, `::: column`) out of a slide body. Divs do not nest;
 * an unclosed div runs to the end of the body. Lines outside divs stay in `main` (with blank lines
 * in place of the divs so markdown structure around them is not merged).
 */
export function takeFencedDivs(body: string, bodyLine: number): DividedBody {
  const lines = body.split('\n');
  const main: string[] = [];
  const divs: FencedDiv[] = [];
  let current: { name: string; lines: string[]; line: number } | undefined;
  lines.forEach((line, offset) => {
    if (current) {
      if (CLOSE.test(line)) {
        divs.push({ name: current.name, text: current.lines.join('\n'), line: current.line });
        current = undefined;
        main.push('');
      } else {
        current.lines.push(line);
      }
      return;
    }
    const open = OPEN.exec(line);
    if (open) {
      current = { name: open[1]!.toLowerCase(), lines: [], line: bodyLine + offset + 1 };
      main.push('');
    } else {
      main.push(line);
    }
  });
  if (current) divs.push({ name: current.name, text: current.lines.join('\n'), line: current.line });
  return { main: main.join('\n'), mainLine: bodyLine, divs };
}
