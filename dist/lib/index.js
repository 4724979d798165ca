import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   lR: () => (/* binding */ describeLocation)
/* harmony export */ });
// Two kinds of failure that are not crashes: a bad option, and bad input data.
// Both end as status `error` with a message that names what to fix.
/** A bad option value: names the option (input / flag / config key) and what is allowed. */
class ConfigurationError extends Error {
    option;
    file;
    line;
    column;
    constructor(message, option, file, line, column) {
        super(message);
        this.option = option;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'ConfigurationError';
    }
}
/** Malformed or unusable input data (a report, schema, archive...): names the file and, where known, the line. */
class InputError extends Error {
    file;
    line;
    column;
    constructor(message, file, line, column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'InputError';
    }
}
/** `file:line:col: message`, leaving out the parts that are unknown. */
function describeLocation(file, line, column) {
    if (!file)
        return '';
    if (line === undefined)
        return file;
    return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Writing outputs: whole or not at all (write to a temporary name, then rename).


/**
 * Write `content` to `path` atomically. Text (one string, or pieces written one after another) is
 * encoded through two 4 MiB buffers, one written while the other is filled: a 40 MB SARIF log is
 * never encoded whole, nor joined to its final newline.
 */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
        if (Buffer.isBuffer(content)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, content);
        }
        else {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(tmp, 'w');
            try {
                await writePieces(handle, typeof content === 'string' ? [content] : content);
            }
            finally {
                await handle.close();
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        throw error;
    }
}
const CHUNK_BYTES = 4 << 20;
/** UTF-16 units per chunk: each takes at most 3 bytes in UTF-8, and one unit may be carried over. */
const CHUNK_UNITS = Math.floor(CHUNK_BYTES / 3) - 1;
function isHighSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}
/**
 * Pieces are packed into one 4 MiB buffer, written when the next piece would not fit, while the
 * following pieces are packed into a second: a write per piece (a 40 MB SARIF log comes in ~400)
 * left the main thread idle for each write's round trip through the thread pool (~80 ms a log).
 */
async function writePieces(handle, pieces) {
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let other = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    let writing = Promise.resolve();
    // Start writing the packed bytes once the previous write (of the other buffer, packed next) is done.
    const flush = async () => {
        await writing;
        writing = writeAll(handle, buffer, used);
        // Seen now, so a failing write is not an unhandled rejection while packing goes on; awaited later.
        writing.catch(() => undefined);
        [buffer, other] = [other, buffer];
        used = 0;
    };
    const pack = async (text) => {
        // UTF-8 takes at most 3 bytes per UTF-16 unit.
        if (used + text.length * 3 > CHUNK_BYTES)
            await flush();
        used += buffer.write(text, used, 'utf8');
    };
    // A high surrogate at the end of a chunk waits for its low half: written alone, each half would
    // become U+FFFD.
    let carry = '';
    try {
        for (const piece of pieces) {
            for (let start = 0; start < piece.length;) {
                const end = Math.min(piece.length, start + CHUNK_UNITS);
                const held = isHighSurrogate(piece.charCodeAt(end - 1)) ? 1 : 0;
                const text = carry + piece.slice(start, end - held);
                carry = piece.slice(end - held, end);
                start = end;
                await pack(text);
            }
        }
        if (carry)
            await pack(carry);
        if (used > 0)
            await flush();
        await writing;
    }
    catch (error) {
        await writing.catch(() => undefined);
        throw error;
    }
}
async function writeAll(handle, buffer, length) {
    for (let done = 0; done < length;)
        done += (await handle.write(buffer, done, length - done)).bytesWritten;
}


/***/ }),

/***/ 20:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ COMMON_OPTIONS)
/* harmony export */ });
/* unused harmony export COMMON_OPTION_NAMES */
// The interface every gate implements. A gate declares its options and a `run` that reads its inputs
// (collect) and decides (evaluate); the shared runner turns the report into a GateResult and the
// adapters publish it. Nothing here imports @actions/*.
/** Options every gate accepts, added by the kit. */
const COMMON_OPTIONS = [
    {
        name: 'mode',
        type: 'enum',
        values: ['enforce', 'warn'],
        default: 'enforce',
        description: 'enforce fails the step when a rule is broken; warn reports the same findings but passes ("warn-only first").',
    },
    {
        name: 'config',
        type: 'string',
        default: '.github/release-gates.yml',
        valueName: '<path>',
        description: 'Configuration file (relative to working-directory). A missing default file is fine; a missing explicit file is an error.',
    },
    {
        name: 'working-directory',
        type: 'string',
        default: '.',
        valueName: '<dir>',
        defaultText: 'the current directory (GITHUB_WORKSPACE on a runner)',
        description: 'Repository root the gate checks (relative paths resolve against it).',
    },
    {
        name: 'result-file',
        type: 'string',
        default: '',
        valueName: '<path>',
        defaultText: 'none on the CLI; $RUNNER_TEMP/release-gates/<gate>.json on a runner',
        description: 'Where to write the GateResult JSON.',
    },
    {
        name: 'sarif',
        type: 'string',
        default: '',
        valueName: '<path>',
        defaultText: 'none on the CLI; $RUNNER_TEMP/release-gates/<gate>.sarif on a runner',
        description: 'Where to write SARIF 2.1.0 for code scanning.',
    },
];
const COMMON_OPTION_NAMES = new Set(COMMON_OPTIONS.map((o) => o.name));


/***/ }),

/***/ 9963:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Fz: () => (/* binding */ lsFiles),
/* harmony export */   MA: () => (/* binding */ changedLines),
/* harmony export */   XY: () => (/* binding */ isGitRepository),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony exports repoPrefix, unquoteGitPath, parseUnifiedDiff, baseFromEvent */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8860);
// The git helpers every diff-aware gate needs: run git safely, list tracked files, find the merge base,
// and parse `git diff -U0` into the lines each file gained.


function git(cwd, args, options = {}) {
    return new Promise((resolvePromise, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', 
        // Settings that would change the output format are pinned here, whatever the user's config says.
        [
            '-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'color.ui=false',
            // diff.relative would make paths cwd-relative; interHunkContext would add context lines to -U0 hunks.
            '-c', 'diff.relative=false', '-c', 'diff.interHunkContext=0',
            ...args,
        ], {
            cwd,
            maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
            encoding: 'utf8',
        }, (err, stdout, stderr) => {
            if (err) {
                const detail = (stderr || err.message).trim().split('\n').slice(0, 3).join(' ');
                reject(new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`git ${args[0]} failed: ${detail}`));
            }
            else
                resolvePromise(stdout);
        });
    });
}
async function isGitRepository(cwd) {
    try {
        return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
/** Tracked files, repository-relative with `/`. */
async function lsFiles(cwd) {
    const out = await git(cwd, ['ls-files', '-z', '--full-name']);
    return out.split('\0').filter(Boolean);
}
/** Path of `cwd` inside its repository ('' at the top), so repo-relative paths can be mapped. */
async function repoPrefix(cwd) {
    return (await git(cwd, ['rev-parse', '--show-prefix'])).trim().replace(/\/$/, '');
}
async function mergeBase(cwd, base, head = 'HEAD') {
    try {
        await git(cwd, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`base ${base} is not in this clone; check out with enough history (actions/checkout with fetch-depth: 0) or fetch the base ref`);
    }
    try {
        return (await git(cwd, ['merge-base', base, head])).trim();
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`no merge base between ${base} and ${head}: the clone is too shallow (use fetch-depth: 0)`);
    }
}
/** Decode a path as git prints it: plain, or C-quoted with octal escapes for bytes. */
function unquoteGitPath(raw) {
    if (!raw.startsWith('"'))
        return raw;
    const bytes = [];
    const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    for (let i = 1; i < raw.length - 1; i++) {
        const ch = raw[i];
        if (ch !== '\\') {
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            continue;
        }
        const next = raw[++i];
        if (next >= '0' && next <= '7') {
            bytes.push(parseInt(raw.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function stripPrefix(path, prefix) {
    return path.startsWith(prefix) ? path.slice(2) : path;
}
/** Index of the quote closing a C-quoted string that starts at 0, or -1. */
function quotedEnd(text) {
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return -1;
}
/** Split `a/x b/y` from a `diff --git` header, where quoting or equal halves make it unambiguous. */
function headerPaths(rest) {
    if (rest.startsWith('"')) {
        // Find the closing quote by walking escapes: a name may itself contain `\" `.
        const end = quotedEnd(rest);
        if (end === -1 || rest[end + 1] !== ' ')
            return undefined;
        return [unquoteGitPath(rest.slice(0, end + 1)), unquoteGitPath(rest.slice(end + 2))];
    }
    // Unquoted: both sides are the same length when the path did not change.
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) && rest[half] === ' ')
        return [rest.slice(0, half), rest.slice(half + 1)];
    const quoted = rest.indexOf(' "');
    if (quoted !== -1)
        return [rest.slice(0, quoted), unquoteGitPath(rest.slice(quoted + 1))];
    return undefined;
}
/** Parse the output of `git diff -U0` (with a/ b/ prefixes). */
function parseUnifiedDiff(text) {
    const files = [];
    let current;
    let oldLeft = 0;
    let newLeft = 0;
    // New-side number of the next line in the current hunk: context lines advance it, added lines are recorded.
    let newLine = 0;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (oldLeft > 0 || newLeft > 0) {
            // Inside a hunk: content lines, whatever they look like ("+++ x" can be an added line).
            if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith('+')) {
                newLeft--;
                current?.addedLines.push(newLine++);
            }
            else if (line.startsWith(' ') || line === '') {
                // A context line ('' when diff.suppressBlankEmpty printed a blank one without its space).
                oldLeft--;
                newLeft--;
                newLine++;
            }
            else if (!line.startsWith('\\')) {
                oldLeft = newLeft = 0;
                i--;
            }
            continue;
        }
        if (line.startsWith('diff --git ')) {
            const paths = headerPaths(line.slice('diff --git '.length));
            current = {
                path: paths ? stripPrefix(paths[1], 'b/') : '',
                oldPath: paths ? stripPrefix(paths[0], 'a/') : '',
                status: 'modified',
                binary: false,
                addedLines: [],
            };
            files.push(current);
            continue;
        }
        if (!current)
            continue;
        if (line.startsWith('new file mode'))
            current.status = 'added';
        else if (line.startsWith('deleted file mode'))
            current.status = 'deleted';
        else if (line.startsWith('rename from ')) {
            current.status = 'renamed';
            current.oldPath = unquoteGitPath(line.slice('rename from '.length));
        }
        else if (line.startsWith('rename to '))
            current.path = unquoteGitPath(line.slice('rename to '.length));
        else if (line.startsWith('copy from ')) {
            current.status = 'copied';
            current.oldPath = unquoteGitPath(line.slice('copy from '.length));
        }
        else if (line.startsWith('copy to '))
            current.path = unquoteGitPath(line.slice('copy to '.length));
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
            current.binary = true;
        else if (line.startsWith('--- ')) {
            const p = line.slice(4);
            current.oldPath = p === '/dev/null' ? '' : stripPrefix(unquoteGitPath(p.replace(/\t$/, '')), 'a/');
        }
        else if (line.startsWith('+++ ')) {
            const p = line.slice(4);
            current.path = p === '/dev/null' ? '' : stripPrefix(unquoteGitPath(p.replace(/\t$/, '')), 'b/');
        }
        else if (line.startsWith('@@ ')) {
            const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (!m)
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`unreadable hunk header: ${line}`);
            oldLeft = m[2] === undefined ? 1 : Number(m[2]);
            newLeft = m[4] === undefined ? 1 : Number(m[4]);
            newLine = Number(m[3]);
        }
    }
    for (const f of files) {
        if (f.status === 'deleted')
            f.path = '';
        if (f.status === 'added')
            f.oldPath = '';
    }
    return files;
}
/** Lines added on HEAD (or the working tree when `head` is null) since the merge base with `base`. */
async function changedLines(cwd, base, head = 'HEAD') {
    const mb = await mergeBase(cwd, base, head ?? 'HEAD');
    // --no-color: color.diff=always in a user's config beats the pinned color.ui=false.
    const args = ['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', mb];
    if (head)
        args.push(head);
    return parseUnifiedDiff(await git(cwd, args));
}
/** The base to diff against: explicit first, then the event's; undefined when there is none. */
function baseFromEvent(event) {
    return event.base;
}


/***/ }),

/***/ 1473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   tI: () => (/* binding */ compileGlobs)
/* harmony export */ });
/* unused harmony exports isInside, normalisePattern */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8860);
// Globbing that stays inside the workspace: patterns may not climb out with `..` or absolute paths,
// and symbolic links that lead outside are skipped (and reported), never followed.




const DEFAULT_SKIP = ['.git', 'node_modules'];
function toPosix(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '\\' ? path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : path;
}
function isInside(root, target) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, target);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** Reject patterns that would look outside the workspace; return it workspace-relative. */
function normalisePattern(root, pattern, option) {
    let p = pattern.trim().replace(/\\/g, '/');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p)) {
        const rel = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p));
        if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`pattern ${JSON.stringify(pattern)} points outside the workspace ${root}`, option);
        }
        p = rel;
    }
    p = p.replace(/^\.\//, '');
    if (p.split('/').includes('..')) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`pattern ${JSON.stringify(pattern)} climbs out of the workspace with '..'`, option);
    }
    return p;
}
async function walk(root, realRoot, dir, skip, onFile, onOutside) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir), { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!skip.has(entry.name))
                await walk(root, realRoot, rel, skip, onFile, onOutside);
        }
        else if (entry.isFile()) {
            onFile(rel);
        }
        else if (entry.isSymbolicLink()) {
            // A link to a file inside the workspace is read; a link to a folder is not walked (cycles).
            try {
                const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel));
                if (!isInside(realRoot, target))
                    onOutside(rel);
                else if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isFile())
                    onFile(rel);
            }
            catch {
                // Dangling link: nothing to read.
            }
        }
    }
}
/** Expand patterns (`!` negates) against the files under `root`. */
async function expandGlobs(root, patterns, options = {}) {
    const absRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absRoot);
    const positives = [];
    const negatives = [...(options.ignore ?? [])];
    for (const raw of patterns) {
        if (!raw.trim())
            continue;
        if (raw.trim().startsWith('!'))
            negatives.push(normalisePattern(absRoot, raw.trim().slice(1), options.option));
        else
            positives.push(normalisePattern(absRoot, raw, options.option));
    }
    const files = new Set();
    const outside = new Set();
    const unmatched = [];
    const isExcluded = negatives.length ? picomatch__WEBPACK_IMPORTED_MODULE_3___default()(negatives, { dot: true }) : () => false;
    const skipDefault = options.skipDirs ?? DEFAULT_SKIP;
    for (const pattern of positives) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern);
        let found = 0;
        const accept = (rel) => {
            if (isExcluded(rel))
                return;
            found++;
            files.add(rel);
        };
        if (!scan.isGlob) {
            // A literal path: check it directly (it may be inside a skipped folder, or a symlink).
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absRoot, pattern);
            try {
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
                const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs);
                if (!isInside(realRoot, target))
                    outside.add(pattern);
                else if (st.isFile() || (st.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isFile()))
                    accept(pattern);
            }
            catch {
                // Missing: reported as unmatched below.
            }
        }
        else {
            const matcher = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(pattern, { dot: true });
            // Folders named literally in the pattern are walked even when skipped by default.
            const named = new Set(pattern.split('/'));
            const skip = new Set(skipDefault.filter((d) => !named.has(d)));
            const base = scan.base.replace(/\/$/, '');
            // readdir follows links, so a base folder reached through a link must be checked before walking it.
            if (base) {
                let realBase;
                try {
                    realBase = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absRoot, base));
                }
                catch {
                    unmatched.push(pattern);
                    continue;
                }
                if (!isInside(realRoot, realBase)) {
                    outside.add(base);
                    unmatched.push(pattern);
                    continue;
                }
            }
            await walk(absRoot, realRoot, base, skip, (rel) => matcher(rel) && accept(rel), (rel) => matcher(rel) && outside.add(rel));
        }
        if (!found)
            unmatched.push(pattern);
    }
    return { files: [...files].sort(), outside: [...outside].sort(), unmatched };
}
/** A matcher for workspace-relative paths (dotfiles included), for rules and policies. */
function compileGlobs(patterns) {
    if (!patterns.length)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_3___default()([...patterns], { dot: true });
}


/***/ }),

/***/ 5417:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ formatPointer),
/* harmony export */   tj: () => (/* binding */ escapeToken),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
// JSON Pointer (RFC 6901): `/a/b~1c` ⇄ reference tokens, with the `~0`/`~1` escapes.
/** Split a JSON pointer (`/a/b~1c`) into unescaped reference tokens. `''` is the whole document. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        return undefined;
    const tokens = pointer.slice(1).split('/');
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        // `~` must be followed by 0 or 1; anything else is not a valid pointer.
        if (/~[^01]|~$/.test(t))
            return undefined;
        tokens[i] = t.replace(/~1/g, '/').replace(/~0/g, '~');
    }
    return tokens;
}
function escapeToken(token) {
    if (token.indexOf('~') === -1 && token.indexOf('/') === -1)
        return token;
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
function formatPointer(tokens) {
    let out = '';
    for (const t of tokens)
        out += '/' + escapeToken(String(t));
    return out;
}


/***/ }),

/***/ 208:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   wT: () => (/* binding */ parseWithPositions)
/* harmony export */ });
/* unused harmony exports LineIndex, PositionedJson */
/* harmony import */ var _json_pointer__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5417);
/* harmony import */ var _json_scan__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(219);
/* harmony import */ var _json_syntax__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9721);
// A strict JSON parser that remembers where every value and key starts and finds duplicate keys (JSON.parse
// keeps the last one silently). Several times slower than JSON.parse, so gates run it only for files they must
// place findings in. On bad JSON it stops and lets findJsonSyntaxError say where and why: one diagnosis, which
// each gate words its own way.



/** Line starts of a text, for offset → 1-based line/column by binary search. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    at(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
const CANONICAL_INDEX = /^(0|[1-9]\d*)$/;
class PositionedJson {
    text;
    value;
    root;
    duplicates;
    error;
    lines;
    constructor(text, value, root, duplicates, error) {
        this.text = text;
        this.value = value;
        this.root = root;
        this.duplicates = duplicates;
        this.error = error;
        this.lines = new LineIndex(text);
    }
    /** The node a pointer names, or the deepest existing ancestor when it does not exist. */
    nodeAt(pointer) {
        const tokens = (0,_json_pointer__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .vp)(pointer);
        if (!tokens)
            return { node: this.root, exact: false };
        return this.nodeAtPath(tokens);
    }
    /**
     * The node a path names, or the deepest existing ancestor. A number names an array element only; a string
     * names an object member, or an array element when it is a canonical index (as in a pointer).
     */
    nodeAtPath(path) {
        let node = this.root;
        if (!node)
            return { node, exact: false };
        for (const t of path) {
            const kids = node.children;
            let next;
            if (Array.isArray(kids))
                next = typeof t === 'number' || CANONICAL_INDEX.test(t) ? kids[Number(t)] : undefined;
            else
                next = typeof t === 'string' ? kids?.get(t) : undefined;
            if (!next)
                return { node, exact: false };
            node = next;
        }
        return { node, exact: true };
    }
    /** Line/column of the value a pointer names (or of its key with `key: true`); the document start when unknown. */
    positionOf(pointer, key = false) {
        if (this.error && !this.root)
            return this.lines.at(this.error.offset);
        const { node } = this.nodeAt(pointer);
        if (!node)
            return { line: 1, column: 1 };
        return this.lines.at(key && node.keyStart !== undefined ? node.keyStart : node.start);
    }
    at(offset) {
        return this.lines.at(offset);
    }
}
/** Thrown at the first thing that is not JSON; the diagnosis is findJsonSyntaxError's. */
class NotJson {
}
const NOT_JSON = new NotJson();
class TooDeep {
    offset;
    maxDepth;
    constructor(offset, maxDepth) {
        this.offset = offset;
        this.maxDepth = maxDepth;
    }
}
const CONTROL = /[\u0000-\u001f]/;
const LITERALS = [
    ['true', true],
    ['false', false],
    ['null', null],
];
class Parser {
    text;
    keepValues;
    maxDepth;
    pos;
    duplicates = [];
    /** Tokens of the container being parsed; joined into a pointer only when a duplicate key needs one. */
    path = [];
    /** The value of the node parseValue returned last (kept out of the return value to avoid an allocation per value). */
    value;
    constructor(text, keepValues, maxDepth, start) {
        this.text = text;
        this.keepValues = keepValues;
        this.maxDepth = maxDepth;
        this.pos = start;
    }
    skipWhitespace() {
        this.pos = (0,_json_scan__WEBPACK_IMPORTED_MODULE_2__/* .skipJsonWhitespace */ .pc)(this.text, this.pos);
    }
    parseDocument() {
        this.skipWhitespace();
        const node = this.parseValue(0);
        const value = this.value;
        this.skipWhitespace();
        if (this.pos < this.text.length)
            throw NOT_JSON;
        return { value, node };
    }
    parseValue(depth) {
        if (depth > this.maxDepth)
            throw new TooDeep(this.pos, this.maxDepth);
        const start = this.pos;
        const c = this.text.charCodeAt(start);
        if (c === 0x7b)
            return this.parseObject(depth);
        if (c === 0x5b)
            return this.parseArray(depth);
        if (c === 0x22) {
            this.value = this.parseString();
            return { start, end: this.pos };
        }
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            _json_scan__WEBPACK_IMPORTED_MODULE_2__/* .JSON_NUMBER */ .l2.lastIndex = start;
            const m = _json_scan__WEBPACK_IMPORTED_MODULE_2__/* .JSON_NUMBER */ .l2.exec(this.text);
            if (!m)
                throw NOT_JSON;
            this.pos = start + m[0].length;
            this.value = Number(m[0]);
            return { start, end: this.pos };
        }
        for (const [word, value] of LITERALS) {
            if (this.text.startsWith(word, start)) {
                this.pos = start + word.length;
                this.value = value;
                return { start, end: this.pos };
            }
        }
        throw NOT_JSON;
    }
    parseString() {
        const t = this.text;
        const open = this.pos;
        const close = (0,_json_scan__WEBPACK_IMPORTED_MODULE_2__/* .closingQuote */ .m2)(t, open);
        if (close === -1)
            throw NOT_JSON;
        const raw = t.slice(open + 1, close);
        this.pos = close + 1;
        if (CONTROL.test(raw))
            throw NOT_JSON;
        if (raw.indexOf('\\') === -1)
            return raw;
        try {
            return JSON.parse(t.slice(open, close + 1));
        }
        catch {
            throw NOT_JSON;
        }
    }
    parseObject(depth) {
        const start = this.pos++;
        const value = this.keepValues ? {} : undefined;
        const children = new Map();
        const node = { start, end: start, children };
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            node.end = this.pos;
            this.value = value;
            return node;
        }
        for (;;) {
            this.skipWhitespace();
            const keyStart = this.pos;
            if (this.text.charCodeAt(keyStart) !== 0x22)
                throw NOT_JSON;
            const key = this.parseString();
            this.skipWhitespace();
            if (this.text.charCodeAt(this.pos) !== 0x3a)
                throw NOT_JSON;
            this.pos++;
            this.skipWhitespace();
            this.path.push(key);
            const child = this.parseValue(depth + 1);
            this.path.pop();
            child.keyStart = keyStart;
            const earlier = children.get(key);
            if (earlier)
                this.duplicates.push({ pointer: (0,_json_pointer__WEBPACK_IMPORTED_MODULE_1__/* .formatPointer */ .$2)(this.path), key, firstOffset: earlier.keyStart, secondOffset: keyStart });
            children.set(key, child);
            if (value) {
                // defineProperty keeps `__proto__` an ordinary key, as JSON.parse does.
                if (key === '__proto__')
                    Object.defineProperty(value, key, { value: this.value, enumerable: true, writable: true, configurable: true });
                else
                    value[key] = this.value;
            }
            this.skipWhitespace();
            const c = this.text.charCodeAt(this.pos);
            this.pos++;
            if (c === 0x2c)
                continue;
            if (c === 0x7d) {
                node.end = this.pos;
                this.value = value;
                return node;
            }
            throw NOT_JSON;
        }
    }
    parseArray(depth) {
        const start = this.pos++;
        const value = this.keepValues ? [] : undefined;
        const children = [];
        const node = { start, end: start, children };
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) === 0x5d) {
            this.pos++;
            node.end = this.pos;
            this.value = value;
            return node;
        }
        for (;;) {
            this.skipWhitespace();
            this.path.push(children.length);
            const child = this.parseValue(depth + 1);
            this.path.pop();
            if (value)
                value.push(this.value);
            children.push(child);
            this.skipWhitespace();
            const c = this.text.charCodeAt(this.pos);
            this.pos++;
            if (c === 0x2c)
                continue;
            if (c === 0x5d) {
                node.end = this.pos;
                this.value = value;
                return node;
            }
            throw NOT_JSON;
        }
    }
}
/** Parse with positions. Never throws for bad JSON: the problem comes back in `error`. */
function parseWithPositions(text, options = {}) {
    const { keepValues = true, maxDepth = 1000, skipByteOrderMark = false } = options;
    const start = skipByteOrderMark && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const parser = new Parser(text, keepValues, maxDepth, start);
    const failed = (error) => new PositionedJson(text, undefined, undefined, parser.duplicates, error);
    try {
        const { value, node } = parser.parseDocument();
        return new PositionedJson(text, value, node, parser.duplicates, undefined);
    }
    catch (err) {
        if (err === NOT_JSON) {
            const syntax = (0,_json_syntax__WEBPACK_IMPORTED_MODULE_0__/* .findJsonSyntaxError */ .L)(text, start);
            // The parser and the finder read the same grammar; a disagreement is a bug, still not a crash.
            if (!syntax)
                return failed({ message: 'not valid JSON', offset: parser.pos });
            return failed({ message: syntax.message, offset: syntax.offset, syntax });
        }
        if (err instanceof TooDeep)
            return failed({ message: `nested deeper than ${err.maxDepth} levels`, offset: err.offset });
        // A small thread stack can run out before maxDepth: still an answer, not a crash.
        if (err instanceof RangeError)
            return failed({ message: 'nested too deeply to parse', offset: parser.pos });
        throw err;
    }
}


/***/ }),

/***/ 219:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wj: () => (/* binding */ isJsonWhitespace),
/* harmony export */   l2: () => (/* binding */ JSON_NUMBER),
/* harmony export */   m2: () => (/* binding */ closingQuote),
/* harmony export */   pc: () => (/* binding */ skipJsonWhitespace)
/* harmony export */ });
// The lexical pieces of JSON (RFC 8259) shared by the syntax-error finder, the position-tracking parser and
// the pointer scans, so whitespace, numbers and string ends are read the same way everywhere.
/** A JSON number, matched in place (sticky) so no slice of a multi-megabyte text is made. */
const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** Whether a UTF-16 code unit is JSON whitespace (space, line feed, carriage return, tab). */
function isJsonWhitespace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** Offset of the first character at or after `pos` that is not JSON whitespace. */
function skipJsonWhitespace(text, pos) {
    while (isJsonWhitespace(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/**
 * Offset of the quote closing the string that opens at `open`, or -1 when none does. Jumps from quote to quote
 * with indexOf (scanner speed) and counts the backslashes before each: an odd number escapes it.
 */
function closingQuote(text, open) {
    for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
        let b = q - 1;
        while (b > open && text.charCodeAt(b) === 0x5c)
            b--;
        if ((q - 1 - b) % 2 === 0)
            return q;
    }
    return -1;
}


/***/ }),

/***/ 9721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ findJsonSyntaxError)
/* harmony export */ });
/* harmony import */ var _json_scan__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(219);
/* harmony import */ var _readers__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3027);
// The first syntax error of a JSON text (strict RFC 8259, exactly what JSON.parse rejects), by position and kind.
// The message never quotes the input: V8's own messages do, and in a secret report that is the secret itself.
// Gates that word errors their own way (and may quote a character) do so from `problem` and `expected`.


const EXPECTED = {
    value: 'a value',
    'property-name': 'a property name in double quotes',
    colon: "':'",
    'comma-or-brace': "',' or '}'",
    'comma-or-bracket': "',' or ']'",
    end: 'the end of the input',
};
const LITERALS = { 0x74: 'true', 0x66: 'false', 0x6e: 'null' };
const SIMPLE_ESCAPES = '"\\/bfnrt';
const HEX4 = /[0-9a-fA-F]{4}/y;
function describeFault(f, atEnd) {
    switch (f.problem) {
        case 'unexpected':
            if (f.expected === 'end')
                return 'unexpected character after the JSON value';
            return `unexpected ${atEnd ? 'end of input' : 'character'}, expected ${EXPECTED[f.expected]}`;
        case 'invalid-number':
            return 'invalid number';
        case 'unterminated-string':
            return 'unterminated string';
        case 'control-character':
            return 'control character in string';
        case 'invalid-escape':
            return 'invalid escape in string';
    }
}
/**
 * The first syntax error of `text` read from `from` (1 to skip a byte-order mark), or undefined when it is
 * valid JSON. Iterative, so no nesting depth overflows it. Reads in order and stops at the first fault.
 */
function findJsonSyntaxError(text, from = 0) {
    const fault = scan(text, from);
    if (!fault)
        return undefined;
    const { line, column } = (0,_readers__WEBPACK_IMPORTED_MODULE_0__/* .lineColumnAt */ .IX)(text, fault.offset);
    return { ...fault, line, column, message: describeFault(fault, fault.offset >= text.length) };
}
function scan(text, from) {
    const n = text.length;
    const unexpected = (expected, offset, stop = offset) => ({ problem: 'unexpected', expected, offset, stop });
    /** A string that never closes is reported as such, not by the first bad character after its last quote. */
    const inString = (problem, open, offset, stop) => text.indexOf('"', offset) === -1 ? { problem: 'unterminated-string', offset: open, stop } : { problem, offset, stop };
    /** Offset past the string opening at `open`, or the fault in it. */
    const readString = (open) => {
        for (let i = open + 1;;) {
            if (i >= n)
                return { problem: 'unterminated-string', offset: open, stop: n };
            const c = text.charCodeAt(i);
            if (c === 0x22)
                return i + 1;
            if (c < 0x20)
                return inString('control-character', open, i, i);
            if (c !== 0x5c) {
                i++;
                continue;
            }
            if (i + 1 >= n)
                return { problem: 'unterminated-string', offset: open, stop: n };
            const e = text[i + 1];
            if (e === 'u') {
                HEX4.lastIndex = i + 2;
                if (!HEX4.test(text))
                    return inString('invalid-escape', open, i, i + 1);
                i += 6;
            }
            else if (SIMPLE_ESCAPES.includes(e))
                i += 2;
            else
                return inString('invalid-escape', open, i, i + 1);
        }
    };
    /** Offset past a property name and its colon, or the fault. */
    const readKey = (pos) => {
        pos = (0,_json_scan__WEBPACK_IMPORTED_MODULE_1__/* .skipJsonWhitespace */ .pc)(text, pos);
        if (text.charCodeAt(pos) !== 0x22)
            return unexpected('property-name', pos);
        const end = readString(pos);
        if (typeof end !== 'number')
            return end;
        pos = (0,_json_scan__WEBPACK_IMPORTED_MODULE_1__/* .skipJsonWhitespace */ .pc)(text, end);
        if (text.charCodeAt(pos) !== 0x3a)
            return unexpected('colon', pos);
        return pos + 1;
    };
    /** Offset past a scalar starting at `pos`, or the fault. */
    const readScalar = (pos) => {
        const c = text.charCodeAt(pos);
        if (c === 0x22)
            return readString(pos);
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            _json_scan__WEBPACK_IMPORTED_MODULE_1__/* .JSON_NUMBER */ .l2.lastIndex = pos;
            return _json_scan__WEBPACK_IMPORTED_MODULE_1__/* .JSON_NUMBER */ .l2.test(text) ? _json_scan__WEBPACK_IMPORTED_MODULE_1__/* .JSON_NUMBER */ .l2.lastIndex : { problem: 'invalid-number', expected: 'value', offset: pos, stop: pos };
        }
        const word = LITERALS[c];
        if (word === undefined)
            return unexpected('value', pos);
        if (text.startsWith(word, pos))
            return pos + word.length;
        let k = 0;
        while (k < word.length && text[pos + k] === word[k])
            k++;
        return unexpected('value', pos, pos + k);
    };
    // Open containers, innermost last: true for an object, false for an array.
    const open = [];
    let pos = from;
    for (;;) {
        // A value is expected at pos.
        pos = (0,_json_scan__WEBPACK_IMPORTED_MODULE_1__/* .skipJsonWhitespace */ .pc)(text, pos);
        const c = text.charCodeAt(pos);
        if (c === 0x7b || c === 0x5b) {
            const isObject = c === 0x7b;
            pos = (0,_json_scan__WEBPACK_IMPORTED_MODULE_1__/* .skipJsonWhitespace */ .pc)(text, pos + 1);
            if (text.charCodeAt(pos) === (isObject ? 0x7d : 0x5d))
                pos++;
            else {
                open.push(isObject);
                if (isObject) {
                    const next = readKey(pos);
                    if (typeof next !== 'number')
                        return next;
                    pos = next;
                }
                continue;
            }
        }
        else {
            const next = readScalar(pos);
            if (typeof next !== 'number')
                return next;
            pos = next;
        }
        // A value ended: close containers until one takes another member.
        for (;;) {
            pos = (0,_json_scan__WEBPACK_IMPORTED_MODULE_1__/* .skipJsonWhitespace */ .pc)(text, pos);
            if (open.length === 0)
                return pos < n ? unexpected('end', pos) : undefined;
            const isObject = open[open.length - 1];
            const d = text.charCodeAt(pos);
            if (d === 0x2c)
                break;
            if (d !== (isObject ? 0x7d : 0x5d))
                return unexpected(isObject ? 'comma-or-brace' : 'comma-or-bracket', pos);
            open.pop();
            pos++;
        }
        pos++; // the comma
        if (open[open.length - 1]) {
            const next = readKey(pos);
            if (typeof next !== 'number')
                return next;
            pos = next;
        }
    }
}


/***/ }),

/***/ 8805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ floorPercent),
/* harmony export */   em: () => (/* binding */ meetsPercent),
/* harmony export */   g: () => (/* binding */ itemsNeeded),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export floorPercentNumber */
// Exact arithmetic for thresholds: compare with integers, show floored percentages.
/** covered/total >= min% decided with integers only: covered*100 >= min*total (min may have 2 decimals). */
function meetsPercent(covered, total, minPercent) {
    if (total === 0)
        return true;
    // Scale to hundredths of a percent so 90.5 stays an integer comparison.
    const minHundredths = Math.round(minPercent * 100);
    return BigInt(covered) * 10000n >= BigInt(minHundredths) * BigInt(total);
}
/** The smallest number of additional covered items that makes covered/total reach min%. */
function itemsNeeded(covered, total, minPercent) {
    if (meetsPercent(covered, total, minPercent))
        return 0;
    const minHundredths = BigInt(Math.round(minPercent * 100));
    const need = (minHundredths * BigInt(total) + 9999n) / 10000n; // ceil(min*total/100)
    return Number(need - BigInt(covered));
}
/** Percentage floored to two decimals, as a string ("89.99"): never rounds a miss up to a pass. */
function floorPercent(covered, total) {
    if (total === 0)
        return '100.00';
    const hundredths = (BigInt(covered) * 10000n) / BigInt(total);
    const whole = hundredths / 100n;
    const frac = hundredths % 100n;
    return `${whole}.${frac.toString().padStart(2, '0')}`;
}
/** Floored percentage as a number (for outputs). */
function floorPercentNumber(covered, total) {
    return Number(floorPercent(covered, total));
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    while (Math.abs(value) >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 7757:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ resolveOptions),
/* harmony export */   cX: () => (/* binding */ describeAllowed),
/* harmony export */   iX: () => (/* binding */ needsParsers),
/* harmony export */   oL: () => (/* binding */ loadOptionParsers),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
/* unused harmony exports coerceGiven, coerceConfig, optionSchema */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8860);
// Typed options from three sources, in order of precedence: action inputs / CLI flags, the config
// file, the option's default. Every bad value is a ConfigurationError naming the option and what is allowed.

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);
function isGiven(value) {
    if (value === undefined)
        return false;
    if (typeof value === 'string')
        return value.trim() !== '';
    if (Array.isArray(value))
        return value.some((v) => v.trim() !== '');
    return true;
}
function fail(spec, detail, where) {
    const allowed = describeAllowed(spec);
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${spec.name}: ${detail}${allowed ? ` (allowed: ${allowed})` : ''}`, spec.name, where?.file, where?.line);
}
function describeAllowed(spec) {
    switch (spec.type) {
        case 'enum':
            return (spec.values ?? []).join(' | ');
        case 'boolean':
            return 'true | false';
        case 'number':
        case 'integer': {
            const kind = spec.type === 'integer' ? 'a whole number' : 'a number';
            if (spec.min !== undefined && spec.max !== undefined)
                return `${kind} from ${spec.min} to ${spec.max}`;
            if (spec.min !== undefined)
                return `${kind} >= ${spec.min}`;
            return kind;
        }
        default:
            return '';
    }
}
function checkNumber(spec, n, raw, where) {
    if (!Number.isFinite(n))
        fail(spec, `${JSON.stringify(raw)} is not a number`, where);
    if (spec.type === 'integer' && !Number.isInteger(n))
        fail(spec, `${JSON.stringify(raw)} is not a whole number`, where);
    if (spec.min !== undefined && n < spec.min)
        fail(spec, `${n} is below ${spec.min}`, where);
    if (spec.max !== undefined && n > spec.max)
        fail(spec, `${n} is above ${spec.max}`, where);
    return n;
}
function splitList(spec, text) {
    const parts = spec.separator === 'comma' ? text.split(/[\n,]/) : text.split('\n');
    return parts.map((p) => p.trim()).filter((p) => p !== '');
}
let parsers;
let yamlOnly;
/** yaml alone: what reading a config file needs (its schema is precompiled, see config-codegen.ts). */
async function loadYaml() {
    if (!yamlOnly) {
        // CommonJS: under Node the named exports exist; in the ncc bundle only `default` does.
        const yamlLoose = (await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)));
        yamlOnly = (typeof yamlLoose.parseDocument === 'function' ? yamlLoose : (yamlLoose.default ?? yamlLoose));
        if (typeof yamlOnly.parseDocument !== 'function')
            throw new Error('internal: cannot load yaml');
    }
    return yamlOnly;
}
/** yaml and ajv: what object-typed option values need (parse, then validate against the option's schema). */
async function loadOptionParsers() {
    if (!parsers) {
        const [YAML, ajvModule] = await Promise.all([loadYaml(), Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 23))]);
        const ajvLoose = ajvModule;
        const Ajv2020 = ajvLoose.Ajv2020 ?? ajvLoose.default?.Ajv2020 ?? ajvLoose.default;
        if (typeof Ajv2020 !== 'function')
            throw new Error('internal: cannot load ajv');
        parsers = { YAML, Ajv2020 };
    }
    return parsers;
}
function loadedParsers() {
    if (!parsers)
        throw new Error('internal: option parsers not loaded; call loadOptionParsers() first');
    return parsers;
}
/** True when resolving these options will parse YAML or validate a schema: an object option has a value. */
function needsParsers(specs, given, config) {
    return specs.some((s) => s.type === 'object' && (isGiven(given[s.name]) || (config?.values[s.name] !== undefined && config.values[s.name] !== null)));
}
const objectValidators = new WeakMap();
let ajv;
function validateObject(spec, value, where) {
    if (!spec.schema)
        return value;
    ajv ??= new (loadedParsers().Ajv2020)({ allErrors: true, strict: false });
    let validate = objectValidators.get(spec.schema);
    if (!validate) {
        validate = ajv.compile(spec.schema);
        objectValidators.set(spec.schema, validate);
    }
    if (!validate(value)) {
        const first = validate.errors?.[0];
        const extra = first?.params && 'additionalProperty' in first.params ? ` '${String(first.params.additionalProperty)}'` : '';
        fail(spec, `${first?.instancePath || '(value)'} ${first?.message ?? 'is invalid'}${extra}`, where);
    }
    return value;
}
/** Convert a string (action input / CLI flag) to the option's type. */
function coerceGiven(spec, raw) {
    if (typeof raw === 'boolean') {
        if (spec.type !== 'boolean')
            fail(spec, 'needs a value');
        return raw;
    }
    if (spec.type === 'list') {
        const items = Array.isArray(raw) ? raw : [raw];
        return items.flatMap((item) => splitList(spec, item));
    }
    const text = (Array.isArray(raw) ? raw[raw.length - 1] : raw).trim();
    switch (spec.type) {
        case 'string':
            return text;
        case 'number':
        case 'integer':
            return checkNumber(spec, Number(text), text);
        case 'boolean':
            if (TRUE.has(text))
                return true;
            if (FALSE.has(text))
                return false;
            return fail(spec, `${JSON.stringify(text)} is not a boolean`);
        case 'enum':
            if (!spec.values?.includes(text))
                fail(spec, `${JSON.stringify(text)} is not allowed`);
            return text;
        case 'object': {
            let parsed;
            try {
                parsed = loadedParsers().YAML.parse(text);
            }
            catch (err) {
                fail(spec, `not valid YAML or JSON: ${err.message.split('\n')[0]}`);
            }
            return validateObject(spec, parsed);
        }
    }
}
/** Convert a config-file value (already typed by YAML, and checked by the config schema) to the option's type. */
function coerceConfig(spec, value, where) {
    switch (spec.type) {
        case 'list':
            if (typeof value === 'string')
                return splitList(spec, value);
            if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
                return value.map(String);
            return fail(spec, 'must be a string or a list of strings', where);
        case 'string':
            if (typeof value === 'string' || typeof value === 'number')
                return String(value);
            return fail(spec, 'must be a string', where);
        case 'number':
        case 'integer':
            return checkNumber(spec, typeof value === 'number' ? value : NaN, value, where);
        case 'boolean':
            if (typeof value === 'boolean')
                return value;
            return fail(spec, 'must be true or false', where);
        case 'enum':
            if (typeof value !== 'string' || !spec.values?.includes(value))
                fail(spec, `${JSON.stringify(value)} is not allowed`, where);
            return value;
        case 'object':
            return validateObject(spec, value, where);
    }
}
/**
 * Resolve every option: given (input / flag) beats config file beats default.
 * Unknown given names are the caller's business (the CLI rejects unknown flags before this).
 */
function resolveOptions(specs, given, config) {
    const out = {};
    for (const spec of specs) {
        const raw = given[spec.name];
        if (isGiven(raw)) {
            out[spec.name] = coerceGiven(spec, raw);
        }
        else if (config && config.values[spec.name] !== undefined && config.values[spec.name] !== null) {
            out[spec.name] = coerceConfig(spec, config.values[spec.name], { file: config.file, line: config.lineOf(spec.name) });
        }
        else if (spec.default !== undefined) {
            out[spec.name] = cloneDefault(spec.default);
        }
        else if (spec.type === 'list') {
            out[spec.name] = [];
        }
        else if (spec.type === 'boolean') {
            out[spec.name] = false;
        }
        else {
            out[spec.name] = undefined;
        }
    }
    return out;
}
/** Defaults are plain JSON values; a copy keeps a gate from mutating the spec. */
function cloneDefault(value) {
    if (Array.isArray(value))
        return value.map(cloneDefault);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneDefault(v)]));
    return value;
}
/** JSON Schema fragment of one option's value in the config file. */
function optionSchema(spec) {
    const description = spec.description;
    switch (spec.type) {
        case 'string':
            return { type: 'string', description };
        case 'number':
        case 'integer': {
            const s = { type: spec.type, description };
            if (spec.min !== undefined)
                s.minimum = spec.min;
            if (spec.max !== undefined)
                s.maximum = spec.max;
            return s;
        }
        case 'boolean':
            return { type: 'boolean', description };
        case 'enum':
            return { enum: [...(spec.values ?? [])], description };
        case 'list':
            return {
                description,
                anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
            };
        case 'object':
            return { ...(spec.schema ?? { type: 'object' }), description };
    }
}


/***/ }),

/***/ 9071:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ fileIn)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// `dir + sep + name` instead of join/resolve with a literal file name: ncc's asset relocator treats a
// literal-suffixed path.join/resolve (`join(dir, 'package.json')`, `resolve(dir, \`${x}.json\`)`) as files
// to copy into the bundle, and would ship build-machine files (scripts/build.mjs fails when it does).

function fileIn(dir, name) {
    return dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? dir + name : dir + node_path__WEBPACK_IMPORTED_MODULE_0__.sep + name;
}


/***/ }),

/***/ 1814:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   fQ: () => (/* binding */ npmCommand)
/* harmony export */ });
/* unused harmony export MAX_PROCESS_OUTPUT */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Child processes with their output collected: gates run npm and cyclonedx-npm and read what they print.

/** Output kept per stream: a runaway process must not take the gate's memory with it. */
const MAX_PROCESS_OUTPUT = 64 * 1024 * 1024;
/** npm as this platform starts it: npm.cmd through a shell on Windows. */
function npmCommand(platform = process.platform) {
    return platform === 'win32' ? { cmd: 'npm.cmd', shell: true } : { cmd: 'npm' };
}
/** Runs a command to its end with its output collected; rejects only when it cannot be started. */
function runProcess(command, args, cwd, env) {
    const { cmd, shell = false } = typeof command === 'string' ? { cmd: command } : command;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { cwd, env, shell, stdio: ['ignore', 'pipe', 'pipe'] });
        const collect = (stream) => {
            const chunks = [];
            const kept = { bytes: 0, cut: false };
            stream.on('data', (b) => {
                if (kept.bytes + b.length <= MAX_PROCESS_OUTPUT) {
                    chunks.push(b);
                    kept.bytes += b.length;
                }
                else
                    kept.cut = true;
            });
            return { text: () => Buffer.concat(chunks).toString('utf8'), kept };
        };
        const out = collect(child.stdout);
        const err = collect(child.stderr);
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? -1, stdout: out.text(), stderr: err.text(), stdoutCut: out.kept.cut }));
    });
}


/***/ }),

/***/ 3027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   UH: () => (/* binding */ readLineRange),
/* harmony export */   XS: () => (/* binding */ readTextCapped),
/* harmony export */   aQ: () => (/* binding */ doubled),
/* harmony export */   bt: () => (/* binding */ withSizedReads),
/* harmony export */   cz: () => (/* binding */ checkFileSize),
/* harmony export */   eq: () => (/* binding */ utf8BomLength),
/* harmony export */   mz: () => (/* binding */ ReusableBuffer),
/* harmony export */   zy: () => (/* binding */ readHead)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BYTES, readCapped, forEachLine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8860);
/* harmony import */ var _numbers__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8805);
// Size-capped readers. Every file a gate reads goes through one of these so a huge or hostile input
// ends as a clear error naming the file and the cap, not an out-of-memory crash.




const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
const FILE_WORDING = {
    missing: 'file not found',
    subject: 'file',
    hint: "raise it with the gate's max-bytes option if this is expected",
};
/** The size of a regular file, or an InputError naming the file (missing, not a file, over the cap). */
async function checkFileSize(path, displayName, maxBytes, wording = FILE_WORDING) {
    let size;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!st.isFile())
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('not a regular file', displayName);
        size = st.size;
    }
    catch (err) {
        if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw err;
        const code = err.code;
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code === 'ENOENT' ? wording.missing : `cannot read: ${err.message}`, displayName);
    }
    if (size > maxBytes) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${wording.subject} is ${(0,_numbers__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(size)}, over the ${(0,_numbers__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(maxBytes)} cap (${wording.hint})`, displayName);
    }
    return size;
}
/** Length of a UTF-8 byte-order mark at the start of the first `length` bytes: 3 or 0. */
function utf8BomLength(bytes, length = bytes.length) {
    return length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}
/** Whole file as a Buffer, refusing files over the cap. */
async function readCapped(path, maxBytes = DEFAULT_MAX_BYTES, displayName = path) {
    const size = await checkFileSize(path, displayName, maxBytes);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(size);
        const offset = await readFully(handle, buf, 0, size, 0);
        // A file that grew while we read is cut at the size we checked; one that shrank is returned as read.
        return offset === size ? buf : buf.subarray(0, offset);
    }
    finally {
        await handle.close();
    }
}
/** A buffer twice the size of `buf`, holding its first `length` bytes. */
function doubled(buf, length) {
    const larger = Buffer.allocUnsafe(buf.length * 2);
    buf.copy(larger, 0, 0, length);
    return larger;
}
/**
 * A scratch buffer of `size` bytes kept from one use to the next (module state: one per thread), so
 * reading file after file through it does not take fresh memory each time. `take` lends it out (a
 * new one while it is lent), `give` returns it; a buffer of another size is not kept.
 */
class ReusableBuffer {
    size;
    spare;
    constructor(size) {
        this.size = size;
    }
    take() {
        const buf = this.spare ?? Buffer.allocUnsafe(this.size);
        this.spare = undefined;
        return buf;
    }
    give(buf) {
        if (buf.length === this.size)
            this.spare = buf;
    }
}
/**
 * `use` given positional reads of a regular file of at most `maxBytes`, and its size; reads stop at
 * that size even if the file grows meanwhile (as readCapped). Undefined, without calling `use`, when
 * the file cannot be opened or is not such a file: a whole read of it reports why. Synchronous: for
 * reading a large file in pieces through one buffer, where each piece is parsed before the next.
 */
function withSizedReads(path, maxBytes, use) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile() || st.size > maxBytes)
            return undefined;
        const size = st.size;
        const read = (into, offset, length, position) => {
            const want = Math.max(0, Math.min(length, size - position));
            let done = 0;
            while (done < want) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, into, offset + done, want - done, position + done);
                if (n === 0)
                    break;
                done += n;
            }
            return done;
        };
        return use(read, size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Whole file as UTF-8 text (a leading byte-order mark is removed and reported through `hadBom`). */
async function readTextCapped(path, maxBytes = DEFAULT_MAX_BYTES, displayName = path) {
    const buf = await readCapped(path, maxBytes, displayName);
    const bom = utf8BomLength(buf);
    return { text: buf.toString('utf8', bom), hadBom: bom > 0 };
}
/**
 * Stream a file line by line (1-based line numbers, `\n` or `\r\n`, a leading BOM dropped), without holding
 * it in memory.
 * Faster than readline: splits Buffers with indexOf and decodes each line once.
 */
async function forEachLine(path, onLine, maxBytes = DEFAULT_MAX_BYTES, displayName = path) {
    await checkFileSize(path, displayName, maxBytes);
    let lineNumber = 0;
    let carry;
    let first = true;
    const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
    for await (const chunk of stream) {
        let buf = carry ? Buffer.concat([carry, chunk]) : chunk;
        let start = 0;
        // A UTF-8 byte-order mark is not part of the first line (editors on Windows add one).
        if (first)
            start = utf8BomLength(buf);
        first = false;
        let nl;
        while ((nl = buf.indexOf(10, start)) !== -1) {
            const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
            onLine(buf.toString('utf8', start, end), ++lineNumber);
            start = nl + 1;
        }
        carry = start < buf.length ? buf.subarray(start) : undefined;
        if (carry && carry.length > 64 * 1024 * 1024) {
            throw new InputError('a single line is over 64 MiB', displayName, lineNumber + 1);
        }
        buf = Buffer.alloc(0);
    }
    if (carry && carry.length) {
        const end = carry[carry.length - 1] === 13 ? carry.length - 1 : carry.length;
        onLine(carry.toString('utf8', 0, end), ++lineNumber);
    }
    return lineNumber;
}
/**
 * The lines of a file that start in the byte range [start, end), as bytes: from the first line start
 * at or after `start` to the end of the last line that starts before `end` (read past `end` to
 * finish it, newline included). Cutting a file at any offsets this way puts every line in exactly one
 * range, so ranges can be read and parsed on different threads. A newline byte never occurs inside a
 * UTF-8 character, so every range decodes on its own. Read into `into` when it is large enough (the
 * result is then a view of it), so a caller reading range after range can reuse one buffer.
 */
async function readLineRange(path, start, end, into) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        // One byte before `start` tells whether a line starts exactly there.
        const from = start > 0 ? start - 1 : 0;
        const room = Math.max(0, end - from) + 64 * 1024;
        let buf = into && into.length >= room ? into : Buffer.allocUnsafe(room);
        let length = await readFully(handle, buf, 0, end - from, from);
        let first = 0;
        if (start > 0) {
            const nl = buf.indexOf(10);
            if (nl === -1 || nl + 1 >= length)
                return Buffer.alloc(0);
            first = nl + 1;
        }
        // The last line started before `end`: finish it (the caller has capped the file's size, which bounds this).
        if (length === end - from && length > 0 && buf[length - 1] !== 10) {
            for (;;) {
                if (length === buf.length)
                    buf = doubled(buf, length);
                const before = length;
                length += await readFully(handle, buf, length, buf.length - length, from + length);
                const nl = buf.indexOf(10, before);
                if (nl !== -1 && nl < length) {
                    length = nl + 1;
                    break;
                }
                if (length - before < 1)
                    break; // end of file
            }
        }
        return buf.subarray(first, length);
    }
    finally {
        await handle.close();
    }
}
/** Read up to `length` bytes at `position` into `buf` at `offset`; fewer only at the end of the file. */
async function readFully(handle, buf, offset, length, position) {
    let read = 0;
    while (read < length) {
        const { bytesRead } = await handle.read(buf, offset + read, length - read, position + read);
        if (bytesRead === 0)
            break;
        read += bytesRead;
    }
    return read;
}
/** First bytes of a file, for content sniffing (format auto-detection). */
async function readHead(path, bytes = 4096) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/** 1-based line and column of a character offset in a text. */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 4917:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ Redactor)
});

// UNUSED EXPORTS: MIN_SECRET_LENGTH, REDACTED, escapeRegExp

;// CONCATENATED MODULE: ./actions/common/src/matcher.ts
// A multi-string matcher for redaction at scale. One alternation regex of every value compiles in
// time that grows faster than linearly (about 1 s for 50,000 values and over 70 s for 150,000 on the
// bench machine), and a secret scan registers one value per finding. This one hashes an ANCHOR-character
// window of each value: the value is filed under the hash of that window (placed where the bucket
// is emptiest, so values sharing a prefix such as `apiKey = "` spread out), a filter rejects almost
// every text position in a few instructions, and only candidates compare whole strings.
// Building is linear in the values; scanning is linear in the text.
//
// The window hash is a gear hash: h = (h << 4) + GEAR[char & 255]. After ANCHOR = 8 characters the
// oldest one has been shifted out of the 32 bits, so h is a hash of exactly the last 8 characters,
// rolled by a table lookup, a shift and an add. (A Rabin–Karp polynomial needs two dependent
// multiplications per character and scanned a 40 MB SARIF log about 2x slower.)
const ANCHOR = 8;
const SHIFT = 4; // ANCHOR * SHIFT = 32: a character leaves the hash after ANCHOR steps
/**
 * The filter is a blocked Bloom filter: 2^19 32-bit words (2 MiB), the word chosen by the top 19 bits
 * of the hash, two bits set in it per value (one from bits 8-12, one from a multiplicative mix of the
 * whole hash). A text position costs one word read; with 160,000 values about one position in 2,600
 * of a SARIF log gets past it (a one-bit byte map let through one in 100, each a walk of the chains).
 */
const FILTER_WORDS = 1 << 19;
const WORD_SHIFT = 32 - 19;
function filterBits(h) {
    return (1 << (h >>> 8)) | (1 << (Math.imul(h, 0x9e3779b1) >>> 27));
}
/** Fixed pseudo-random table (xorshift32 from a constant seed), so hashes are stable across runs. */
const GEAR = (() => {
    const table = new Int32Array(256);
    let x = 0x9e3779b9;
    for (let i = 0; i < 256; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        table[i] = x;
    }
    return table;
})();
function hashAt(text, start) {
    let h = 0;
    for (let i = start; i < start + ANCHOR; i++)
        h = ((h << SHIFT) + GEAR[text.charCodeAt(i) & 255]) | 0;
    return h;
}
/** Head-table slot of a hash: the low bits of a gear hash depend on the last character only, so mix first. */
function slotOf(h, mask) {
    return Math.imul(h, 0x9e3779b1) >>> 7 & mask;
}
/**
 * Storage is struct-of-arrays (values, anchor offsets and hashes in parallel arrays, chained by index
 * from a power-of-two head table) rather than an object and an array per value: a secret scan registers
 * hundreds of thousands of values, and per-value objects were a large share of its garbage-collection time.
 */
class SecretMatcher {
    minLength;
    values = [];
    /** Where the anchor window starts inside each value. */
    offsets = new Int32Array(1024);
    /** Full anchor hash of each value (the head table is indexed by its low bits). */
    hashes = new Int32Array(1024);
    /** Next value in the same head-table chain, or -1. */
    next = new Int32Array(1024);
    heads = new Int32Array(1024).fill(-1);
    filter = new Int32Array(FILTER_WORDS);
    /** Scratch list of (end, hash) pairs that passed the filter, reused across scans. */
    candidates = new Int32Array(1024);
    /** Values shorter than the anchor, matched by a small regex (there are few of them). */
    short = new Set();
    shortPattern;
    count = 0;
    /** Shortest value registered: shorter text cannot contain one. */
    shortest = Infinity;
    constructor(minLength = 4) {
        this.minLength = minLength;
    }
    get size() {
        return this.count;
    }
    /** Length of the shortest registered value (Infinity when there is none). */
    get minValueLength() {
        return this.shortest;
    }
    /** Register `value`; true when it is new (not a duplicate, not too short). */
    add(value) {
        if (value.length < this.minLength)
            return false;
        if (value.length < ANCHOR) {
            if (this.short.has(value))
                return false;
            this.short.add(value);
            this.shortPattern = undefined;
            this.count++;
            if (value.length < this.shortest)
                this.shortest = value.length;
            return true;
        }
        // Try the start, the end and the middle of the value; take the window with the fewest values.
        // A value already present sits under one of these same windows, and every window tried before
        // the one it took was non-empty then (and still is), so scanning the chains until the first
        // empty window also finds duplicates.
        const last = value.length - ANCHOR;
        let bestHash = 0;
        let bestOffset = 0;
        let bestSize = Infinity;
        for (let k = 0; k < 3; k++) {
            const offset = k === 0 ? 0 : k === 1 ? last : last >> 1;
            const h = hashAt(value, offset);
            let size = 0;
            for (let i = this.heads[slotOf(h, this.heads.length - 1)]; i !== -1; i = this.next[i]) {
                if (this.hashes[i] !== h)
                    continue;
                if (this.values[i] === value)
                    return false;
                size++;
            }
            if (size < bestSize) {
                bestHash = h;
                bestOffset = offset;
                bestSize = size;
            }
            if (size === 0)
                break;
        }
        const index = this.values.length;
        if (index === this.offsets.length)
            this.grow();
        if (index >= this.heads.length)
            this.rehash(this.heads.length * 2);
        this.values.push(value);
        this.offsets[index] = bestOffset;
        this.hashes[index] = bestHash;
        const slot = slotOf(bestHash, this.heads.length - 1);
        this.next[index] = this.heads[slot];
        this.heads[slot] = index;
        this.filter[bestHash >>> WORD_SHIFT] |= filterBits(bestHash);
        this.count++;
        if (value.length < this.shortest)
            this.shortest = value.length;
        return true;
    }
    /** Whether `value` itself was registered (not whether it contains one). */
    has(value) {
        if (value.length < this.minLength)
            return false;
        if (value.length < ANCHOR)
            return this.short.has(value);
        // It was filed under one of the three windows add() tries.
        const last = value.length - ANCHOR;
        for (const offset of [0, last, last >> 1]) {
            const h = hashAt(value, offset);
            for (let i = this.heads[slotOf(h, this.heads.length - 1)]; i !== -1; i = this.next[i]) {
                if (this.hashes[i] === h && this.offsets[i] === offset && this.values[i] === value)
                    return true;
            }
        }
        return false;
    }
    /** Every registered value. */
    *[Symbol.iterator]() {
        yield* this.values;
        yield* this.short;
    }
    own() {
        return { values: this.values, offsets: this.offsets, hashes: this.hashes, next: this.next, heads: this.heads };
    }
    grow() {
        const size = this.offsets.length * 2;
        const grown = (from) => {
            const to = new Int32Array(size);
            to.set(from);
            return to;
        };
        this.offsets = grown(this.offsets);
        this.hashes = grown(this.hashes);
        this.next = grown(this.next);
    }
    /** Rebuild the head table at `size` slots (a power of two), keeping chains at about one value per slot. */
    rehash(size) {
        this.heads = new Int32Array(size).fill(-1);
        const mask = size - 1;
        for (let i = 0; i < this.values.length; i++) {
            const slot = slotOf(this.hashes[i], mask);
            this.next[i] = this.heads[slot];
            this.heads[slot] = i;
        }
    }
    /** The first registered value found in `text` (leftmost, then longest), or undefined. */
    find(text) {
        return this.matches(text)[0]?.[1];
    }
    /** Replace every registered value in `text` with `mask`. */
    replace(text, mask = '***') {
        if (this.count === 0 || text.length < this.shortest)
            return text;
        const matches = this.matches(text);
        if (!matches.length)
            return text;
        const parts = [];
        let last = 0;
        for (const [start, value] of matches) {
            parts.push(text.slice(last, start), mask);
            last = start + value.length;
        }
        parts.push(text.slice(last));
        return parts.join('');
    }
    /**
     * Every occurrence of every value, overlapping ones included, sorted by start (then longest).
     * Allocates nothing when nothing matches, which is the common case for the millions of strings in
     * a large SARIF log.
     */
    all(text) {
        if (this.count === 0 || text.length < this.shortest)
            return NONE;
        let found;
        if (this.values.length && text.length >= ANCHOR)
            found = this.scanLong(text, found);
        if (this.short.size) {
            // Longest first, so each position reports its longest value; after a match the search goes on
            // from the next position, not past the match, so a value starting inside it is seen too. (A
            // lookahead, `(?=(a|b))`, finds the same but tries every position: 5-7x slower on a 10 MB text,
            // where a plain alternation lets V8 skip ahead.)
            const pattern = (this.shortPattern ??= new RegExp([...this.short].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g'));
            pattern.lastIndex = 0;
            for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
                (found ??= []).push([m.index, m[0]]);
                pattern.lastIndex = m.index + 1;
            }
        }
        if (!found)
            return NONE;
        if (found.length > 1)
            found.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
        return found;
    }
    /**
     * Non-overlapping matches, left to right, the longest at each position. Candidates come from the
     * anchor scan (in anchor order, not start order) and the short-value regex, so they are collected
     * first and then resolved: earliest start, then longest.
     */
    matches(text) {
        const found = this.all(text);
        if (found === NONE)
            return NONE;
        if (found.length === 1)
            return found;
        const kept = [];
        let end = 0;
        for (const m of found) {
            if (m[0] < end)
                continue;
            kept.push(m);
            end = m[0] + m[1].length;
        }
        return kept;
    }
    /**
     * Two passes: the hot loop only rolls the hash, probes the filter and notes (end, hash) of the
     * rare positions that pass; the chains are walked afterwards. Walking them inside the loop made
     * V8 compile the loop about 2x slower, even though the walk itself runs a few thousand times.
     */
    scanLong(text, found) {
        const { filter } = this;
        const gear = GEAR;
        let candidates = this.candidates;
        let count = 0;
        let h = 0;
        for (let end = 1; end <= text.length; end++) {
            h = ((h << SHIFT) + gear[text.charCodeAt(end - 1) & 255]) | 0;
            // filterBits inlined: this runs once per character of every output.
            const want = (1 << (h >>> 8)) | (1 << (Math.imul(h, 0x9e3779b1) >>> 27));
            if ((filter[h >>> WORD_SHIFT] & want) === want) {
                if (count + 2 > candidates.length)
                    candidates = this.growCandidates(count);
                candidates[count++] = end;
                candidates[count++] = h;
            }
        }
        const own = this.own();
        for (let c = 0; c < count; c += 2) {
            const end = candidates[c];
            // Before ANCHOR characters the hash covers fewer than a whole window.
            if (end < ANCHOR)
                continue;
            const h = candidates[c + 1];
            found = findInChains(own, text, end, h, found);
        }
        return found;
    }
    growCandidates(keep) {
        const grown = new Int32Array(this.candidates.length * 2);
        grown.set(this.candidates.subarray(0, keep));
        this.candidates = grown;
        return grown;
    }
}
/** Values of `table` filed under hash `h` that occur in `text` with their anchor window ending at `end`. */
function findInChains(table, text, end, h, found) {
    const { heads, hashes, next, offsets, values } = table;
    for (let v = heads[slotOf(h, heads.length - 1)]; v !== -1; v = next[v]) {
        if (hashes[v] !== h)
            continue;
        const value = values[v];
        const start = end - ANCHOR - offsets[v];
        if (start >= 0 && text.startsWith(value, start))
            (found ??= []).push([start, value]);
    }
    return found;
}
const NONE = [];
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

;// CONCATENATED MODULE: ./actions/common/src/redact.ts
// The redaction promise: every string a gate writes passes through `scrub`, which replaces every raw
// secret value registered during the run. Gates register values as soon as they read them.

const REDACTED = '***';
/** Values shorter than this are not registered: scrubbing them would mangle ordinary text. */
const MIN_SECRET_LENGTH = 4;
/** About how many characters of chunk strings scrubbedStream checks in one scan. */
const SCAN_BATCH_CHARS = 1 << 20;
class Redactor {
    /** Also the set of registered values (one copy of each, no separate Set: a scan registers 100,000s). */
    matcher = new SecretMatcher(MIN_SECRET_LENGTH);
    maskCanFormValue = false;
    /** Some value holds a character JSON.stringify escapes, so it might not appear verbatim in JSON text. */
    jsonEscapedValue = false;
    /** Some value is made only of digest characters (DIGEST_TEXT), so it could occur inside a fingerprint. */
    digestLikeValue = false;
    listeners = [];
    /** Register a raw value; also its trimmed form and each line of a multi-line value (PEM keys). */
    add(value) {
        if (!value)
            return;
        // Fast path for the common single-token secret: nothing to trim or split.
        if (!/\s/.test(value)) {
            this.register(value);
            return;
        }
        for (const candidate of [value, value.trim(), ...value.split(/\r?\n/).map((l) => l.trim())])
            this.register(candidate);
    }
    register(candidate) {
        if (candidate.length < MIN_SECRET_LENGTH || !this.matcher.add(candidate))
            return;
        if (candidate.includes('*'))
            this.maskCanFormValue = true;
        if (!this.jsonEscapedValue && JSON_ESCAPED.test(candidate))
            this.jsonEscapedValue = true;
        if (!this.digestLikeValue && DIGEST_TEXT.test(candidate))
            this.digestLikeValue = true;
        for (const listener of this.listeners)
            listener(candidate);
    }
    /** Called for every value registered (the GitHub adapter forwards them to core.setSecret). */
    onAdd(listener) {
        this.listeners.push(listener);
        for (const value of this.matcher)
            listener(value);
    }
    get size() {
        return this.matcher.size;
    }
    has(value) {
        return this.matcher.has(value);
    }
    /**
     * True when `text` cannot hold any registered value because of the characters it is made of: it
     * has only digest characters (DIGEST_TEXT) and no registered value does, so none fits inside it.
     * One regex test where a scan reads every character: a large SARIF log holds 100,000 fingerprints,
     * two thirds of its strings.
     */
    clearsByAlphabet(text) {
        return !this.digestLikeValue && DIGEST_TEXT.test(text);
    }
    scrub(text) {
        // Text shorter than every value cannot hold one; otherwise the matcher's scan allocates nothing
        // unless something matches.
        if (this.matcher.size === 0 || text.length < this.matcher.minValueLength)
            return text;
        let out = maskMatches(text, this.matcher);
        // Nothing matched, so no mask was inserted that could form a value: done in one scan.
        if (out === text)
            return text;
        // A value containing '*' could be re-formed by a mask and its neighbours; repeat until nothing matches.
        // Every pass that changes the text shortens it (values are longer than the mask), so this ends.
        while (this.maskCanFormValue) {
            const next = maskMatches(out, this.matcher);
            if (next === out)
                break;
            out = next;
        }
        return out;
    }
    /**
     * JSON text scrubbed, for outputs written as JSON. When no registered value holds a character JSON
     * escapes, every value that occurs in a string of the document occurs verbatim in the text, so one
     * scan of the text proves the document clean and the text is returned as it is: far cheaper than
     * walking a large document string by string. If the text holds any value (or that proof does not
     * hold), the document is parsed, scrubbed with scrubDeep (keys too) and serialised again, compact.
     */
    scrubJsonText(text) {
        if (this.matcher.size === 0 || text.length < this.matcher.minValueLength)
            return text;
        if (!this.jsonEscapedValue && this.matcher.all(text).length === 0)
            return text;
        return JSON.stringify(this.scrubDeep(JSON.parse(text)));
    }
    /**
     * A JSON document written piece by piece (a large SARIF log, see sarifStream), scrubbed a piece at
     * a time, or undefined when that cannot be proven equal to scrubJsonText of the whole (the caller
     * then builds the whole). `structure` lists every piece that is not a chunk of array elements, and
     * every key the chunks use: when no value holds a character JSON escapes and none occurs in the
     * structure, only chunks can hold a value, each a run of whole array elements. A chunk comes with
     * `strings`, every key and string value of it at least once joined by '"' (less strings that
     * clearsByAlphabet clears), which is scanned instead of its text: no value then holds a quote, so
     * a value found there lies in one string of the chunk, and every value in a string of the chunk is
     * found. (What a scan of the text alone would also see, a value across an escape or in a number,
     * is nothing scrubDeep would change.) A chunk whose strings hold a value is parsed, scrubbed and
     * serialised alone, just as the whole would be. Lazy: each chunk is built only as the result is
     * iterated.
     */
    scrubbedStream(structure, pieces) {
        if (this.matcher.size > 0 && (this.jsonEscapedValue || structure.some((text) => this.matcher.all(text).length > 0)))
            return undefined;
        return this.scrubChunks(pieces);
    }
    *scrubChunks(pieces) {
        // Chunks are checked a batch at a time: one scan of a batch's strings joined keeps the matcher's
        // filter in cache, where a scan per chunk, between building chunks, found it evicted (2x slower).
        let batch = [];
        let length = 0;
        for (const piece of pieces) {
            batch.push(piece);
            length += piece.strings?.length ?? 0;
            if (length >= SCAN_BATCH_CHARS) {
                yield* this.scrubBatch(batch);
                batch = [];
                length = 0;
            }
        }
        yield* this.scrubBatch(batch);
    }
    *scrubBatch(batch) {
        const strings = batch.flatMap((piece) => (piece.strings === undefined ? [] : [piece.strings]));
        const clean = this.matcher.size === 0 || this.matcher.all(strings.join('"')).length === 0;
        for (const { text, strings } of batch) {
            if (clean || strings === undefined || this.matcher.all(strings).length === 0) {
                yield text;
                continue;
            }
            // A chunk after the first starts with the comma that separates it from the one before.
            const comma = text.startsWith(',') ? ',' : '';
            const elements = JSON.stringify(this.scrubDeep(JSON.parse(`[${text.slice(comma.length)}]`)));
            yield comma + elements.slice(1, -1);
        }
    }
    /**
     * `value` with every string scrubbed (keys too). Plain objects and arrays are copied only where
     * something changed: the unchanged parts, usually all of a large SARIF log, are returned as they
     * are instead of deep-copied. Other objects (class instances, dates, maps) are copied into plain
     * objects of their own enumerable properties, as JSON would see them. The input is never modified.
     */
    scrubDeep(value) {
        if (this.matcher.size === 0)
            return value;
        return scrubValue(value, this.cachedScrub());
    }
    /**
     * scrub() remembering short strings: keys, levels, rule ids and messages repeat across thousands of
     * objects, so each distinct one is scanned once. Long strings (fingerprints) are mostly unique,
     * and the cache is bounded so it stays small and fast to probe.
     */
    cachedScrub() {
        const seen = new Map();
        return (s) => {
            if (s.length < this.matcher.minValueLength)
                return s;
            if (s.length > SCRUB_CACHE_MAX_LENGTH)
                return this.scrub(s);
            let out = seen.get(s);
            if (out === undefined) {
                out = this.scrub(s);
                if (seen.size < SCRUB_CACHE_LIMIT)
                    seen.set(s, out);
            }
            return out;
        };
    }
}
/**
 * Characters JSON.stringify writes as escapes: quote, backslash, controls and (when unpaired)
 * surrogates. A value holding one may be spelled differently in JSON text than in the string.
 */
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
/**
 * The characters of the fingerprints and digests gates build themselves: lowercase hex digits, ':'
 * and the letters of the `sv1:`, `lv1:` and `pv1:` prefixes (see Redactor.clearsByAlphabet).
 */
const DIGEST_TEXT = /^[0-9a-f:lpsv]*$/;
/** Distinct strings remembered by one scrubDeep call (bounded memory on huge outputs). */
const SCRUB_CACHE_LIMIT = 1 << 15;
const SCRUB_CACHE_MAX_LENGTH = 64;
/** Replace the union of all (possibly overlapping) matches with one mask per contiguous span. */
function maskMatches(text, matcher) {
    const found = matcher.all(text);
    if (!found.length)
        return text;
    let out = '';
    let copied = 0;
    let spanStart = -1;
    let spanEnd = -1;
    for (const [start, value] of found) {
        const end = start + value.length;
        if (start <= spanEnd) {
            spanEnd = Math.max(spanEnd, end);
            continue;
        }
        if (spanStart !== -1) {
            out += text.slice(copied, spanStart) + REDACTED;
            copied = spanEnd;
        }
        spanStart = start;
        spanEnd = end;
    }
    return out + text.slice(copied, spanStart) + REDACTED + text.slice(spanEnd);
}
function redact_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function isPlain(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function scrubValue(value, scrub) {
    if (typeof value === 'string')
        return scrub(value);
    if (!value || typeof value !== 'object')
        return value;
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            if (!(i in value))
                continue;
            const v = value[i];
            const next = scrubValue(v, scrub);
            if (next !== v && !out)
                out = value.slice();
            if (out)
                out[i] = next;
        }
        return out ?? value;
    }
    // Own enumerable string keys, as Object.entries and JSON see them; a copy starts at the first change.
    const record = value;
    const keys = Object.keys(record);
    let out = isPlain(value) ? undefined : {};
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = record[k];
        const key = scrub(k);
        const next = scrubValue(v, scrub);
        if (!out && (key !== k || next !== v)) {
            out = {};
            for (let j = 0; j < i; j++)
                out[keys[j]] = record[keys[j]];
        }
        if (out)
            out[key] = next;
    }
    return out ?? value;
}


/***/ }),

/***/ 6672:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ loadGate)
/* harmony export */ });
/* unused harmony exports GATE_LOADERS, loadAllGates */
/* harmony import */ var _result__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2354);
// Every gate, loaded on demand so a single gate (or the CLI's --help) does not pay for the others:
// the build turns each dynamic import into its own chunk.

const GATE_LOADERS = {
    coverage: () => __nccwpck_require__.e(/* import() */ 812).then(__nccwpck_require__.bind(__nccwpck_require__, 3812)),
    'schema-ids': () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(815), __nccwpck_require__.e(196), __nccwpck_require__.e(619), __nccwpck_require__.e(757)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6757)),
    sbom: () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(196), __nccwpck_require__.e(223)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4604)),
    'secret-scan': () => Promise.all(/* import() */[__nccwpck_require__.e(570), __nccwpck_require__.e(603)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9603)),
    tarball: () => __nccwpck_require__.e(/* import() */ 489).then(__nccwpck_require__.bind(__nccwpck_require__, 489)),
};
async function loadGate(name) {
    return (await GATE_LOADERS[name]()).default;
}
async function loadAllGates() {
    return Promise.all(GATE_NAMES.map((name) => loadGate(name)));
}


/***/ }),

/***/ 8175:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   KS: () => (/* binding */ gateTitle),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   S5: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony export markdownHeader */
/* harmony import */ var _result__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2354);
/* harmony import */ var _summary__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6663);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8860);
// How a GateResult reads for a person: the Markdown job summary and the terminal text.



const TITLES = {
    coverage: 'Coverage',
    'schema-ids': 'JSON Schema hygiene',
    sbom: 'SBOM',
    'secret-scan': 'Secret scan',
    tarball: 'npm tarball',
};
function gateTitle(gate) {
    return TITLES[gate] ?? gate;
}
const MAX_FINDINGS_IN_SUMMARY = 200;
const MAX_FINDINGS_IN_TEXT = 50;
/** The message without a leading `file:line:` when the location is shown beside it anyway. */
function messageBeside(f) {
    const where = (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeLocation */ .lR)(f.file, f.line, f.column);
    return where && f.message.startsWith(`${where}: `) ? f.message.slice(where.length + 2) : f.message;
}
function findingsSection(findings) {
    if (!findings.length)
        return undefined;
    const sorted = [...findings].sort(_result__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg);
    const shown = sorted.slice(0, MAX_FINDINGS_IN_SUMMARY);
    const rows = shown.map((f) => [
        f.severity === 'error' ? '❌ error' : f.severity === 'warning' ? '⚠️ warning' : 'ℹ️ note',
        f.file ? (0,_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeLocation */ .lR)(f.file, f.line, f.column)) : '',
        (0,_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f.ruleId),
        (0,_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(messageBeside(f)),
    ]);
    let body = (0,_summary__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['severity', 'where', 'rule', 'message'], rows);
    if (sorted.length > shown.length)
        body += `\n${sorted.length - shown.length} more findings are in the result file and SARIF.\n`;
    return { title: `Findings (${findings.length})`, body, priority: 80, collapsed: findings.length > 20 };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function markdownHeader(result) {
    const icon = _summary__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ICON */ .tW[result.status] ?? '';
    const counts = (0,_result__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(result.findings);
    let header = `## ${icon} ${gateTitle(result.gate)}: ${result.status}\n\n${(0,_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(result.summary)}\n`;
    if (result.mode === 'warn')
        header += `\n_Mode **warn**: broken rules are reported but do not fail the check._\n`;
    if (result.findings.length)
        header += `\n${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}.\n`;
    return header;
}
function renderMarkdown(result, sections, extraNotes = []) {
    const all = [...sections];
    const f = findingsSection(result.findings);
    if (f)
        all.push(f);
    let header = markdownHeader(result);
    for (const note of extraNotes)
        header += `\n> ${(0,_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(note)}\n`;
    return (0,_summary__WEBPACK_IMPORTED_MODULE_1__/* .renderSummary */ .Br)(header, all);
}
function renderText(result) {
    const lines = [`${result.gate}: ${result.status.toUpperCase()}${result.mode === 'warn' ? ' (mode: warn)' : ''} — ${result.summary}`];
    const sorted = [...result.findings].sort(_result__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg);
    for (const f of sorted.slice(0, MAX_FINDINGS_IN_TEXT)) {
        const where = (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeLocation */ .lR)(f.file, f.line, f.column);
        lines.push(`  ${f.severity.padEnd(7)} ${where ? where + '  ' : ''}${messageBeside(f)}  [${f.ruleId}]`);
    }
    if (sorted.length > MAX_FINDINGS_IN_TEXT)
        lines.push(`  … ${sorted.length - MAX_FINDINGS_IN_TEXT} more (use --format json)`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 2354:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   dc: () => (/* binding */ decisionFromFindings),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   rn: () => (/* binding */ GATE_NAMES),
/* harmony export */   yM: () => (/* binding */ applyMode)
/* harmony export */ });
// The GateResult contract shared by every gate, the verdict and other tools.
// Its JSON Schema is actions/common/schemas/gate-result.schema.json; tests validate every result against it.
const GATE_NAMES = ['coverage', 'schema-ids', 'sbom', 'secret-scan', 'tarball'];
/**
 * Mode turns a would-be `fail` into `warn`; `error` (the gate could not decide) stays `error`
 * because a gate that could not look must never read as a pass.
 */
function applyMode(decision, mode) {
    if (decision === 'fail' && mode === 'warn')
        return 'warn';
    return decision;
}
/** The decision implied by findings alone: any error-severity finding fails, warnings warn. */
function decisionFromFindings(findings) {
    if (findings.some((f) => f.severity === 'error'))
        return 'fail';
    if (findings.some((f) => f.severity === 'warning'))
        return 'warn';
    return 'pass';
}
function exitCodeFor(status) {
    if (status === 'error')
        return 2;
    if (status === 'fail')
        return 1;
    return 0;
}
const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
/**
 * Code-unit order. Unlike localeCompare it is the same on every machine (localeCompare follows the
 * process locale, so findings, SARIF and summaries would be ordered differently per runner) and much cheaper.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Stable order: severity, then file, then line, so outputs do not depend on read order. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}


/***/ }),

/***/ 1409:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ loadConfigFor),
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./actions/common/schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://release-gates.github.io/schemas/config/v1.json","title":"release-gates configuration (.github/release-gates.yml)","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Editor hint; ignored."},"mode":{"enum":["enforce","warn"],"description":"Default mode of every gate (each gate may override)."},"coverage":{"type":"object","description":"Exact coverage thresholds on totals, paths, changed lines and drops, from lcov, Cobertura, JaCoCo, Clover, istanbul, Go and coverage.py reports — offline.","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Run this gate in `release-gates run` (default true)."},"report":{"description":"Coverage report files or globs (one per line; repeat --report on the CLI). Several reports are merged by file and line: a line is covered if any report covers it. Required.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"report-format":{"enum":["auto","lcov","cobertura","jacoco","clover","istanbul","istanbul-summary","go","coveragepy"],"description":"Format of every report; auto detects each report from its content. (Not `format`: that name is the CLI\'s output format.)"},"min-lines":{"type":"integer","description":"Minimum line coverage in percent, compared exactly (covered*100 >= min*total).","minimum":0,"maximum":100},"min-branches":{"type":"integer","description":"Minimum branch coverage in percent, compared exactly (covered*100 >= min*total).","minimum":0,"maximum":100},"min-functions":{"type":"integer","description":"Minimum function coverage in percent, compared exactly (covered*100 >= min*total).","minimum":0,"maximum":100},"min-statements":{"type":"integer","description":"Minimum statement coverage in percent, compared exactly (covered*100 >= min*total).","minimum":0,"maximum":100},"min-patch":{"type":"integer","description":"Minimum changed-line (patch) coverage in percent, compared exactly (covered*100 >= min*total).","minimum":0,"maximum":100},"max-uncovered-lines":{"type":"integer","description":"Most uncovered lines allowed in total (0 = every coverable line covered).","minimum":0},"max-drop":{"type":"number","description":"Largest drop allowed against the baseline, in percentage points (e.g. 0.5), for each metric both runs measured. Needs baseline.","minimum":0,"maximum":100},"baseline":{"type":"string","description":"A previous coverage GateResult JSON (the result-file of an earlier run, e.g. on the base branch) to compare with."},"base":{"type":"string","description":"Git ref or SHA that patch coverage is measured against (changed lines = lines added since the merge base)."},"rules":{"type":"object","propertyNames":{"minLength":1},"additionalProperties":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"lines":{"type":"integer","minimum":0,"maximum":100},"branches":{"type":"integer","minimum":0,"maximum":100},"functions":{"type":"integer","minimum":0,"maximum":100},"statements":{"type":"integer","minimum":0,"maximum":100},"max-uncovered-lines":{"type":"integer","minimum":0}}},"description":"Per-path thresholds: {\\"<glob>\\": {\\"lines\\": 95, \\"branches\\": 80, \\"functions\\": 90, \\"statements\\": 90, \\"max-uncovered-lines\\": 0}}. Files matched by a rule still count toward the global totals."},"path-prefixes":{"description":"Report path prefixes to strip (`/app/`) or rewrite (`/build/src=src`), one per line, tried before automatic matching.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"source-roots":{"description":"Folders (relative to working-directory) that report paths may be relative to, e.g. src/main/java for JaCoCo (the report\'s own <source> roots and src/main/java-style folders for JaCoCo are always tried).","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"strict":{"type":"boolean","description":"Treat unknown lcov records as errors instead of skipping them (with a note)."},"max-bytes":{"type":"integer","description":"Largest report file read, in bytes.","minimum":1},"mode":{"enum":["enforce","warn"],"description":"enforce or warn for this gate."},"result-file":{"type":"string","description":"Where to write the GateResult JSON."},"sarif":{"type":"string","description":"Where to write SARIF."}}},"sbom":{"type":"object","description":"Generates a CycloneDX SBOM with the pinned cyclonedx-npm (or takes one), validates it strictly offline, scores NTIA completeness, applies a license policy and diffs it against the previous release.","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Run this gate in `release-gates run` (default true)."},"dir":{"type":"string","description":"npm project to describe (holds package.json, package-lock.json and node_modules). Relative to working-directory."},"sbom-file":{"type":"string","description":"Validate and gate this existing CycloneDX JSON BOM (from any generator) instead of generating one."},"output":{"type":"string","description":"Where to write the generated BOM; empty means $RUNNER_TEMP/release-gates/sbom.cdx.json in an action, sbom.cdx.json in the CLI."},"spec-version":{"enum":["1.2","1.3","1.4","1.5","1.6","1.7"],"description":"CycloneDX version to generate (a generated BOM must declare exactly this). An sbom-file is validated against its own specVersion."},"omit":{"description":"Dependency types left out of the generated BOM (npm --omit). Give \\"none\\" to include everything.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"workspace":{"type":"string","description":"npm workspace to describe; the BOM subject (metadata.component) becomes that package, not the monorepo root. Empty: the root package."},"reproducible":{"type":"boolean","description":"Byte-identical output: sorted lists, serialNumber = UUIDv5(name, version, lockfile SHA-256, settings), timestamp = SOURCE_DATE_EPOCH (else the HEAD commit time)."},"enrich":{"description":"Opt-in enrichment of the generated BOM, marked in properties: hashes from the lockfile integrity, supplier from the package author, compositions completeness.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"min-ntia":{"type":"object","additionalProperties":false,"properties":{"supplier":{"type":"number","minimum":0,"maximum":100},"name":{"type":"number","minimum":0,"maximum":100},"version":{"type":"number","minimum":0,"maximum":100},"purl":{"type":"number","minimum":0,"maximum":100},"dependencies":{"type":"number","minimum":0,"maximum":100},"author":{"type":"boolean"},"timestamp":{"type":"boolean"}},"description":"NTIA minimum-element thresholds: percent of components with supplier, name, version, purl (purl or cpe), dependencies; author and timestamp (BOM level) true/false. Keys given override {\\"supplier\\":0,\\"name\\":100,\\"version\\":100,\\"purl\\":100,\\"dependencies\\":100,\\"author\\":true,\\"timestamp\\":true}."},"allow-licenses":{"description":"Only these SPDX ids (and UNLICENSED / LicenseRef-… when listed) may appear; OR expressions pass when any branch is allowed, AND when all are. Empty: no allow list.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"deny-licenses":{"description":"SPDX ids that fail the gate (GPL-3.0 also denies GPL-3.0-only / -or-later).","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"unknown-licenses":{"enum":["fail","warn","allow"],"description":"Components with no license, a non-SPDX license name, or (without an allow list) UNLICENSED / LicenseRef-…: fail, warn or allow."},"license-exceptions":{"type":"object","propertyNames":{"pattern":"^pkg:"},"additionalProperties":{"type":"string","minLength":1},"description":"Per-package exceptions to the license policy: { \\"<purl, with or without @version>\\": \\"<reason>\\" }."},"previous-sbom":{"type":"string","description":"Previous release\'s BOM to diff against. Empty: with github-token, the asset named asset-name on the newest earlier release; otherwise no diff."},"github-token":{"type":"string","description":"Token for the previous release\'s asset and the release upload (needs contents: write to upload). Empty: no GitHub calls."},"release-asset":{"enum":["replace","keep","skip"],"description":"On release and tag events (with github-token), attach the BOM to the release: replace an existing asset of that name, keep it, or skip uploading."},"asset-name":{"type":"string","description":"Release asset name (also looked up on the previous release)."},"artifact-name":{"type":"string","description":"Workflow artifact name for the action\'s upload step (set a unique name per matrix job); \\"none\\" disables the artifact."},"mode":{"enum":["enforce","warn"],"description":"enforce or warn for this gate."},"result-file":{"type":"string","description":"Where to write the GateResult JSON."},"sarif":{"type":"string","description":"Where to write SARIF."}}},"schema-ids":{"type":"object","description":"Checks JSON Schemas before publish: parse hygiene, dialect and meta-schema, $id policy and uniqueness, the whole-repository $ref graph (offline), closed objects, examples.","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Run this gate in `release-gates run` (default true)."},"schemas":{"description":"Schema files (globs, one per line; ! excludes). node_modules and .git are never searched; examples/valid and examples/invalid folders are not schemas.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"base-uri":{"type":"string","description":"Absolute URI the schemas are published under (e.g. https://example.com/schemas/). When set, every root $id must equal what id-pattern derives from the file path; unset, there is no id-mismatch check."},"id-pattern":{"type":"string","description":"Template of the expected $id: {base} (base-uri), {path} (path after id-folders), {dir} (its folder, with /), {file}, {name} (file name without .schema.json/.json), {ext}."},"id-folders":{"description":"Folder prefixes rewritten before id-pattern applies, first match wins, e.g. \\"schemas/=\\" drops the schemas/ folder, \\"src/schemas/=v1/\\" maps it to v1/.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"default-dialect":{"enum":["draft-04","draft-06","draft-07","2019-09","2020-12"],"description":"Dialect assumed for a schema without $schema (which is reported as missing-schema)."},"allow-remote-refs":{"description":"URI prefixes of remote $refs that are accepted without a local copy; they are never fetched. Any other http(s) $ref no local schema claims is an error.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"closed-objects":{"enum":["error","warning","off"],"description":"Severity of open-object findings (object schemas without additionalProperties/unevaluatedProperties false, composition-aware; \\"x-release-gates-allow-open\\": \\"<reason>\\" suppresses one)."},"strict":{"enum":["error","warning","off"],"description":"Severity of ajv strict-mode findings from compiling schemas (unknown keywords and formats, strictTypes, strictTuples)."},"compile":{"enum":["needed","all"],"description":"Which schemas ajv compiles: needed = only those with instances/examples (fast); all = every schema, so strict-mode findings cover all of them (slow on large sets)."},"instances":{"type":"object","additionalProperties":{"anyOf":[{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},{"type":"object","properties":{"valid":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"invalid":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}},"additionalProperties":false}]},"description":"Instances to validate, by schema (path or $id): globs of valid instances, or { valid: [...], invalid: [...] }. The examples/valid|invalid convention applies either way."},"examples":{"type":"boolean","description":"Validate files under any examples/valid/ (must pass) and examples/invalid/ (must fail) folder against the schema they name."},"baseline":{"type":"string","description":"Baseline file of accepted findings (rule, file, JSON pointer). A missing default file is fine."},"update-baseline":{"type":"boolean","description":"Write every current finding into the baseline file and pass (review the diff before committing it)."},"mode":{"enum":["enforce","warn"],"description":"enforce or warn for this gate."},"result-file":{"type":"string","description":"Where to write the GateResult JSON."},"sarif":{"type":"string","description":"Where to write SARIF."}}},"secret-scan":{"type":"object","description":"Aggregates gitleaks, trufflehog, detect-secrets, secretlint, GitHub secret scanning and SARIF reports (or scans with secretlint), merges duplicates, applies a baseline with expiry, and never prints a secret.","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Run this gate in `release-gates run` (default true)."},"report":{"description":"Scanner reports to aggregate (paths or globs, one per line; repeat the flag). The format is detected from the content; prefix with gitleaks:, trufflehog:, detect-secrets:, secretlint:, github: or sarif: to name the tool (needed for empty reports to keep their SARIF run).","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"baseline":{"type":"string","description":"Baseline of accepted findings (fingerprint, reason, owner, expires, ticket); a missing file is an empty baseline."},"fail-on":{"enum":["verified","unknown","unverified"],"description":"Lowest verification level of a new secret that fails the gate: verified (live, confirmed by the scanner or GitHub validity=active), unknown (verification was attempted and failed), unverified (everything). Below it, new secrets warn."},"scope":{"enum":["auto","diff","full"],"description":"diff: only findings on lines (or in commits) the change added count as new, the rest are pre-existing; full: every finding counts."},"base":{"type":"string","description":"Commit to diff against in diff scope."},"update-baseline":{"type":"boolean","description":"Write entries for the current unaccepted findings into the baseline file (salted fingerprint, TODO reason, owner from GITHUB_ACTOR, expiry in 90 days; never a secret or e-mail). The decision still uses the baseline as it was."},"fingerprint-salt":{"type":"string","description":"Per-repository salt for the HMAC fingerprints; pass a secret."},"max-report-mb":{"type":"integer","description":"Largest report file read, in MiB; a larger one is an error.","minimum":1,"maximum":480},"mode":{"enum":["enforce","warn"],"description":"enforce or warn for this gate."},"result-file":{"type":"string","description":"Where to write the GateResult JSON."},"sarif":{"type":"string","description":"Where to write SARIF."}}},"tarball":{"type":"object","description":"Packs the package (or takes a .tgz) and checks the exact bytes npm will publish: a hostile-archive-safe listing, required and forbidden files, published folders, size budgets, every entry point in package.json, and the changes since the previous release.","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Run this gate in `release-gates run` (default true)."},"dir":{"type":"string","description":"Package folder to pack with `npm pack --json`. Empty means the working directory. Lifecycle scripts run as npm runs them unless ignore-scripts."},"tarball":{"type":"string","description":"Check this existing .tgz (the exact bytes you will upload) instead of packing dir."},"required":{"description":"Globs (package-relative, case-insensitive) that must each match a packed file. Setting it replaces the default list.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"forbidden":{"oneOf":[{"type":"array","items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["glob"],"properties":{"glob":{"type":"string","minLength":1},"reason":{"type":"string"},"severity":{"enum":["error","warning","note","off"]}}}]}},{"type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"boolean"},{"type":"object","additionalProperties":false,"properties":{"reason":{"type":"string"},"severity":{"enum":["error","warning","note","off"]}}}]}}],"description":"Extra forbidden globs with reasons, added to the built-in list: a list of globs or {glob, reason, severity}, or a map glob: reason. Map a built-in glob to false (or severity off) to turn it off. Unset: the built-in list only."},"published-dirs":{"description":"Folders (or globs) the package may publish; any other file fails, except root package.json/README/LICENSE/CHANGELOG. Unset: not checked.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"max-packed-bytes":{"type":"integer","description":"Budget for the .tgz size in bytes (unset: no budget).","minimum":0},"max-unpacked-bytes":{"type":"integer","description":"Budget for the sum of file sizes in bytes (unset: no budget).","minimum":0},"max-files":{"type":"integer","description":"Budget for the number of packed files (unset: no budget).","minimum":0},"max-file-bytes":{"type":"integer","description":"Budget for any single file in bytes (unset: no budget).","minimum":0},"allow-conditions":{"description":"Export conditions used only in development (e.g. source, @my/source): their targets may be missing from the tarball.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"previous":{"type":"string","description":"Compare with the previous release: `npm` fetches the version of previous-tag from the registry, or give a .tgz path. Empty: no comparison."},"previous-tag":{"type":"string","description":"Dist-tag of the previous release for previous: npm. Empty: publishConfig.tag, else latest."},"removed-exports":{"enum":["fail","warn"],"description":"What an exported file or exports subpath that existed in the previous release and is gone does."},"workspaces":{"type":"boolean","description":"Check every public workspace package of the root package.json (each gets its own findings and summary section)."},"ignore-scripts":{"type":"boolean","description":"Pass --ignore-scripts to npm pack (skip prepack/prepare/postpack)."},"cap-entries":{"type":"integer","description":"Reader safety cap: most archive entries; reading stops with status error beyond it.","minimum":1},"cap-unpacked-bytes":{"type":"integer","description":"Reader safety cap: most unpacked bytes in total; reading stops with status error beyond it.","minimum":1},"cap-file-bytes":{"type":"integer","description":"Reader safety cap: most bytes one entry may declare; reading stops with status error beyond it.","minimum":1},"cap-ratio":{"type":"integer","description":"Reader safety cap: most decompressed bytes per packed byte (gzip bombs); reading stops with status error beyond it.","minimum":1},"cap-path-bytes":{"type":"integer","description":"Reader safety cap: longest entry path in bytes; reading stops with status error beyond it.","minimum":1},"cap-depth":{"type":"integer","description":"Reader safety cap: deepest entry path in folders; reading stops with status error beyond it.","minimum":1},"cap-pax-bytes":{"type":"integer","description":"Reader safety cap: largest PAX or GNU long-name header in bytes; reading stops with status error beyond it.","minimum":1},"mode":{"enum":["enforce","warn"],"description":"enforce or warn for this gate."},"result-file":{"type":"string","description":"Where to write the GateResult JSON."},"sarif":{"type":"string","description":"Where to write SARIF."}}}}}');
// EXTERNAL MODULE: ./actions/common/src/errors.ts
var src_errors = __nccwpck_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/options.ts
var src_options = __nccwpck_require__(7757);
// EXTERNAL MODULE: ./actions/common/src/gate.ts
var src_gate = __nccwpck_require__(20);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __nccwpck_require__(3027);
// EXTERNAL MODULE: ./actions/common/src/result.ts
var src_result = __nccwpck_require__(2354);
;// CONCATENATED MODULE: ./actions/common/src/config.ts
// The consumer's `.github/release-gates.yml`: parsed with positions, validated against the JSON
// Schema that ships in actions/common/schemas/config.schema.json, errors naming file, line and key.







const DEFAULT_CONFIG_PATH = '.github/release-gates.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;
const CONFIG_SCHEMA_ID = 'https://release-gates.github.io/schemas/config/v1.json';
/** Options a gate section may set: every option but those that locate the config itself. */
const NOT_IN_FILE = new Set(['config', 'working-directory']);
/** The config file's JSON Schema, derived from the gates' option specs (committed; a test keeps it in sync). */
function buildConfigSchema(gates) {
    const properties = {
        $schema: { type: 'string', description: 'Editor hint; ignored.' },
        mode: { enum: ['enforce', 'warn'], description: 'Default mode of every gate (each gate may override).' },
    };
    for (const gate of [...gates].sort((a, b) => a.name.localeCompare(b.name))) {
        const gateProps = {
            enabled: { type: 'boolean', description: `Run this gate in \`release-gates run\` (default true).` },
        };
        for (const spec of gate.options)
            gateProps[spec.name] = optionSchema(spec);
        gateProps.mode = { enum: ['enforce', 'warn'], description: 'enforce or warn for this gate.' };
        gateProps['result-file'] = { type: 'string', description: 'Where to write the GateResult JSON.' };
        gateProps.sarif = { type: 'string', description: 'Where to write SARIF.' };
        properties[gate.name] = {
            type: 'object',
            description: gate.description,
            additionalProperties: false,
            properties: gateProps,
        };
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: CONFIG_SCHEMA_ID,
        title: 'release-gates configuration (.github/release-gates.yml)',
        type: 'object',
        additionalProperties: false,
        properties,
    };
}
function nodeAt(yaml, doc, path) {
    const { isMap, isPair, isScalar } = yaml;
    let current = doc.contents;
    let keyNode;
    for (const seg of path) {
        if (isMap(current)) {
            const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                return { node: current, keyNode };
            keyNode = pair.key;
            current = pair.value;
        }
        else if (current && typeof current === 'object' && 'items' in current && Array.isArray(current.items)) {
            current = current.items[Number(seg)];
            keyNode = undefined;
        }
        else {
            break;
        }
    }
    return { node: current, keyNode };
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function describeError(err) {
    const path = pointerToPath(err.instancePath);
    if (err.keyword === 'additionalProperties') {
        const key = String(err.params.additionalProperty);
        const where = path.length ? `in ${path.join('.')}` : 'at the top level';
        return { path: [...path, key], message: `unknown key '${key}' ${where}`, atKey: true };
    }
    if (err.keyword === 'enum') {
        const allowed = err.params.allowedValues.map(String).join(' | ');
        return { path, message: `${path.join('.')}: must be one of ${allowed}` };
    }
    return { path, message: `${path.join('.') || '(document)'}: ${err.message ?? 'is invalid'}` };
}
/**
 * Load and validate a config file. `explicit` = the user named the file: then a missing file is an
 * error; the default path may be absent.
 */
async function loadConfig(path, displayName, explicit, schema) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (explicit)
            throw new src_errors/* ConfigurationError */.j1(`config file ${displayName} not found`, 'config', displayName);
        return undefined;
    }
    const { text } = await (0,readers/* readTextCapped */.XS)(path, MAX_CONFIG_BYTES, displayName);
    // Loaded only when there is a file to read (most CLI runs have none).
    const yaml = (await (0,src_options/* loadYaml */.yv)());
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const position = (offset) => (offset === undefined ? undefined : lineCounter.linePos(offset));
    if (doc.errors.length) {
        const err = doc.errors[0];
        const pos = position(err.pos[0]);
        throw new src_errors/* ConfigurationError */.j1(`${displayName}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: invalid YAML: ${err.message.split('\n')[0]}`, 'config', displayName, pos?.line, pos?.col);
    }
    const data = (doc.toJS() ?? {});
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw new src_errors/* ConfigurationError */.j1(`${displayName}:1: the configuration must be a mapping of gate names to settings`, 'config', displayName, 1);
    }
    const validator = await validatorFor(schema);
    if (!validator(data)) {
        // The deepest error names the actual culprit: for `report: [a.info, 42]` that is item 1, not the
        // "must be a string" of the anyOf branch the list did not take.
        const depth = (e) => (e.instancePath ? e.instancePath.split('/').length : 0) + (e.keyword === 'additionalProperties' ? 1 : 0);
        const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'anyOf').sort((a, b) => depth(b) - depth(a));
        const first = describeError(errors[0] ?? validator.errors[0]);
        const { node, keyNode } = nodeAt(yaml, doc, first.path);
        // An unknown key points at the key; a bad value at the value.
        const pos = position((first.atKey ? (keyNode ?? node) : (node ?? keyNode))?.range?.[0]);
        const key = first.path.join('.');
        throw new src_errors/* ConfigurationError */.j1(`${displayName}:${pos?.line ?? 1}:${pos?.col ?? 1}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : ''}`, key || 'config', displayName, pos?.line ?? 1, pos?.col ?? 1);
    }
    const record = data;
    return {
        file: displayName,
        data: record,
        enabled: (gate) => record[gate]?.enabled !== false,
        forGate(gate) {
            const section = { ...(record[gate] ?? {}) };
            delete section.enabled;
            if (section.mode === undefined && record.mode !== undefined)
                section.mode = record.mode;
            return {
                file: displayName,
                values: section,
                lineOf: (key) => {
                    const inSection = nodeAt(yaml, doc, [gate, key]);
                    const target = inSection.keyNode ?? (key === 'mode' ? nodeAt(yaml, doc, ['mode']).keyNode : undefined);
                    return position(target?.range?.[0])?.line;
                },
            };
        },
    };
}
/**
 * The shipped schema is validated by code generated from it ahead of time (generated/config-validator.js,
 * kept in step by a test); any other schema (tests) is compiled on the spot.
 */
async function validatorFor(schema) {
    if (schema === config_schema_namespaceObject) {
        return (await __nccwpck_require__.e(/* import() */ 325).then(__nccwpck_require__.bind(__nccwpck_require__, 4325))).validate;
    }
    const { Ajv2020 } = await (0,src_options/* loadOptionParsers */.oL)();
    return new Ajv2020({ allErrors: true, strict: false }).compile(schema);
}
function isKnownGate(name) {
    return GATE_NAMES.includes(name);
}


;// CONCATENATED MODULE: ./actions/common/src/event.ts
// Which commit a change is measured against: the pull request's base, the merge queue's base, the
// commit before a push, or an explicit ref. Reads the webhook payload the runner leaves at GITHUB_EVENT_PATH.


const ZERO_SHA = /^0+$/;
function asRecord(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** Pure: derive the base/head from an event name and its payload. */
function eventFromPayload(name, payload, explicitBase) {
    const ctx = { name, fromFork: false, payload };
    ctx.repository = str(asRecord(payload.repository).full_name);
    ctx.ref = str(payload.ref);
    if (name === 'pull_request' || name === 'pull_request_target' || name === 'pull_request_review') {
        const pr = asRecord(payload.pull_request);
        const base = asRecord(pr.base);
        const head = asRecord(pr.head);
        ctx.base = str(base.sha);
        ctx.head = str(head.sha);
        ctx.baseSource = 'pull_request';
        const headRepo = str(asRecord(head.repo).full_name);
        const baseRepo = str(asRecord(base.repo).full_name);
        // A deleted fork leaves head.repo null: still a fork's change, so treat it as one (read-only token).
        ctx.fromFork = baseRepo !== undefined && headRepo !== baseRepo;
    }
    else if (name === 'merge_group') {
        const group = asRecord(payload.merge_group);
        ctx.base = str(group.base_sha);
        ctx.head = str(group.head_sha);
        ctx.baseSource = 'merge_group';
    }
    else if (name === 'push') {
        const before = str(payload.before);
        // A new branch's push has before=000…0: there is no previous commit to compare with.
        if (before && !ZERO_SHA.test(before)) {
            ctx.base = before;
            ctx.baseSource = 'push';
        }
        ctx.head = str(payload.after);
    }
    if (explicitBase) {
        ctx.base = explicitBase;
        ctx.baseSource = 'explicit';
    }
    return ctx;
}
/** Read the event from the runner's environment (GITHUB_EVENT_NAME / GITHUB_EVENT_PATH). */
function readEvent(env, explicitBase) {
    const name = env.GITHUB_EVENT_NAME || 'local';
    const path = env.GITHUB_EVENT_PATH;
    let payload = {};
    if (path) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (err) {
            throw new src_errors/* InputError */.dz(`cannot read the event payload: ${err.message}`, path);
        }
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (err) {
            throw new src_errors/* InputError */.dz(`the event payload is not valid JSON: ${err.message}`, path);
        }
        // Anything but an object is a broken payload, not an event without a base: fail closed.
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
            throw new src_errors/* InputError */.dz('the event payload is not a JSON object', path);
        }
        payload = parsed;
    }
    const ctx = eventFromPayload(name, payload, explicitBase);
    ctx.repository ??= env.GITHUB_REPOSITORY;
    ctx.ref ??= env.GITHUB_REF;
    return ctx;
}

// EXTERNAL MODULE: ./actions/common/src/redact.ts + 1 modules
var redact = __nccwpck_require__(4917);
// EXTERNAL MODULE: ./actions/common/src/sarif.ts
var sarif = __nccwpck_require__(18);
// EXTERNAL MODULE: ./actions/common/src/files.ts
var files = __nccwpck_require__(540);
// EXTERNAL MODULE: ./actions/common/src/version.ts + 1 modules
var version = __nccwpck_require__(3313);
;// CONCATENATED MODULE: ./actions/common/src/run.ts
// The one path every gate takes: options → run (collect + evaluate) → GateResult → redacted outputs.
// Both adapters (GitHub Action and CLI) call `runGate`; neither decides anything itself.














function errorFinding(gate, err) {
    if (err instanceof src_errors/* ConfigurationError */.j1) {
        const finding = { ruleId: `${gate}/configuration`, severity: 'error', message: err.message };
        if (err.file)
            finding.file = err.file;
        if (err.line)
            finding.line = err.line;
        if (err.column)
            finding.column = err.column;
        return finding;
    }
    if (err instanceof src_errors/* InputError */.dz) {
        const where = (0,src_errors/* describeLocation */.lR)(err.file, err.line, err.column);
        const finding = {
            ruleId: `${gate}/input`,
            severity: 'error',
            message: where && !err.message.startsWith(where) ? `${where}: ${err.message}` : err.message,
        };
        if (err.file)
            finding.file = err.file;
        if (err.line)
            finding.line = err.line;
        if (err.column)
            finding.column = err.column;
        return finding;
    }
    return { ruleId: `${gate}/internal`, severity: 'error', message: `internal error: ${(0,src_errors/* errorMessage */.gJ)(err)}` };
}
/** Load the config file a gate's options point at (default path may be absent). */
async function loadConfigFor(cwd, given) {
    const wd = typeof given['working-directory'] === 'string' && given['working-directory'] ? given['working-directory'] : '.';
    const explicit = typeof given.config === 'string' && given.config.trim() !== '';
    const configPath = explicit ? given.config.trim() : DEFAULT_CONFIG_PATH;
    const root = (0,external_node_path_.resolve)(cwd, wd);
    const abs = (0,external_node_path_.isAbsolute)(configPath) ? configPath : (0,external_node_path_.join)(root, configPath);
    return loadConfig(abs, configPath, explicit, config_schema_namespaceObject);
}
function defaultOutputPath(env, gate, ext) {
    const base = env.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    return (0,external_node_path_.join)(base, 'release-gates', `${gate}.${ext}`);
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function runGate(gate, given, runEnv) {
    const started = performance.now();
    const redactor = runEnv.redactor ?? new redact/* Redactor */.pO();
    let mode = 'enforce';
    let report;
    let common;
    try {
        const config = runEnv.config === undefined ? await loadConfigFor(runEnv.cwd, given) : (runEnv.config ?? undefined);
        const gateConfig = config?.forGate(gate.name);
        if ((0,src_options/* needsParsers */.iX)(gate.options, given, gateConfig))
            await (0,src_options/* loadOptionParsers */.oL)();
        common = (0,src_options/* resolveOptions */.$i)(src_gate/* COMMON_OPTIONS */.D, given, gateConfig);
        mode = common.mode;
        const options = (0,src_options/* resolveOptions */.$i)(gate.options, given, gateConfig);
        const workspace = (0,external_node_path_.resolve)(runEnv.cwd, common['working-directory']);
        const explicitBase = typeof options.base === 'string' && options.base ? options.base : undefined;
        let event;
        try {
            event = readEvent(runEnv.env, explicitBase);
        }
        catch (err) {
            throw err instanceof src_errors/* InputError */.dz ? err : new src_errors/* InputError */.dz((0,src_errors/* errorMessage */.gJ)(err));
        }
        const tempRoot = runEnv.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
        // Made on first use: most gates never need a scratch folder.
        let tempDir;
        report = await gate.run({ ...options, ...common }, {
            workspace,
            get tempDir() {
                tempDir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempRoot, `release-gates-${gate.name}-`));
                return tempDir;
            },
            env: runEnv.env,
            event,
            redactor,
            log: runEnv.log,
            now: runEnv.now ?? (() => new Date()),
            isAction: runEnv.isAction,
        });
    }
    catch (err) {
        if (!(err instanceof src_errors/* ConfigurationError */.j1 || err instanceof src_errors/* InputError */.dz)) {
            runEnv.log.debug(err instanceof Error && err.stack ? err.stack : String(err));
        }
        const finding = errorFinding(gate.name, err);
        report = { decision: 'error', summary: finding.message, metrics: {}, findings: [finding] };
    }
    const result = redactor.scrubDeep({
        schemaVersion: 1,
        gate: gate.name,
        status: (0,src_result/* applyMode */.yM)(report.decision, mode),
        mode,
        summary: report.summary,
        metrics: report.metrics,
        findings: [...report.findings].sort(src_result/* compareFindings */.Eg),
        durationMs: Math.max(0, Math.round(performance.now() - started)),
    });
    const outcome = {
        result,
        sections: redactor.scrubDeep(report.sections ?? []),
        outputs: redactor.scrubDeep(report.outputs ?? {}),
        redactor,
    };
    const resultFile = common?.['result-file'] || (runEnv.isAction ? defaultOutputPath(runEnv, gate.name, 'json') : '');
    const sarifFile = common?.sarif || (runEnv.isAction ? defaultOutputPath(runEnv, gate.name, 'sarif') : '');
    if (resultFile) {
        outcome.resultFile = (0,external_node_path_.resolve)(runEnv.cwd, resultFile);
        await (0,files/* writeFileAtomic */.Z)(outcome.resultFile, JSON.stringify(result, null, 2) + '\n');
    }
    if (sarifFile) {
        // Built only when asked for: a large SARIF log is the most expensive thing to build and scrub.
        // Compact: the log is for code scanning, not for reading, and a large one is half indentation.
        // Streamed: each chunk of 250 results is built, scrubbed and written before the next is built,
        // so the text of a large log (40 MB, and its strings again) never exists at once. A chunk is
        // scrubbed by one scan of its strings joined (keys and repeated values once; far cheaper than a
        // scan of each string), falling back to a tree walk of the chunk if that finds anything; should
        // the log's structure hold a value (or a value hold a character JSON escapes), the log is built
        // whole and scrubbed as one text. Paths are scrubbed before they are percent-encoded into URIs:
        // encoded, a secret in a path would not be recognised.
        const runs = report.sarif ?? [(0,sarif/* defaultRun */.hD)(gate.name, version/* VERSION */.x, result.findings)];
        const scrubPath = (path) => redactor.scrub(path);
        // Fingerprints are the gates' own digests: when no registered value could fit in one, none is scanned.
        const stream = (0,sarif/* sarifStream */.uB)(runs, { scrubPath, cleared: (fingerprint) => redactor.clearsByAlphabet(fingerprint) });
        const pieces = redactor.scrubbedStream(stream.structure, stream.pieces()) ?? [redactor.scrubJsonText((0,sarif/* sarifText */.BC)(runs, undefined, scrubPath))];
        outcome.sarifFile = (0,external_node_path_.resolve)(runEnv.cwd, sarifFile);
        await (0,files/* writeFileAtomic */.Z)(outcome.sarifFile, withNewline(pieces));
    }
    return outcome;
}
/** The pieces, then a newline (joined, a 40 MB log would be copied again). */
function* withNewline(pieces) {
    yield* pieces;
    yield '\n';
}


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   hD: () => (/* binding */ defaultRun),
/* harmony export */   md: () => (/* binding */ SARIF_MAX_RUNS),
/* harmony export */   ox: () => (/* binding */ SARIF_MAX_RESULTS_PER_RUN),
/* harmony export */   uB: () => (/* binding */ sarifStream)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA_URI, FINGERPRINT_KEY, pathToUri, buildSarif */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _result__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2354);
// SARIF 2.1.0 for GitHub code scanning: stable tool names and categories per gate, partial
// fingerprints so alerts track across runs, and at most 25,000 results per run kept by severity.


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_MAX_RESULTS_PER_RUN = 25_000;
const SARIF_MAX_RUNS = 20;
const FINGERPRINT_KEY = 'releaseGates/v1';
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
/** Characters encodeURIComponent never escapes, plus the segment separator. */
const PLAIN_PATH = /^[A-Za-z0-9\-_.!~*'()/]*$/;
/** Percent-encode a repository-relative path into a URI reference, segment by segment. */
function pathToUri(file) {
    // The common path needs no escaping (encodeURIComponent leaves these characters alone): skip the
    // split and join, which cost a few allocations per result on a 100,000-result log.
    if (PLAIN_PATH.test(file))
        return file;
    return file
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
function defaultFingerprint(r) {
    // Line numbers are left out so the fingerprint survives lines moving; occurrence disambiguates.
    const message = r.message.replace(/\d+/g, '#');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${r.ruleId}\0${r.file ?? ''}\0${message}`).digest('hex').slice(0, 32);
}
function uriOf(file, scrubPath) {
    const uri = pathToUri(file);
    return uri === file ? uri : pathToUri(scrubPath(file));
}
function regionOf(r) {
    if (r.line === undefined || r.line < 1)
        return undefined;
    const region = { startLine: r.line };
    if (r.column !== undefined && r.column >= 1)
        region.startColumn = r.column;
    if (r.endLine !== undefined && r.endLine >= r.line)
        region.endLine = r.endLine;
    if (r.endColumn !== undefined && r.endColumn >= 1)
        region.endColumn = r.endColumn;
    return region;
}
/** Every key a result written by resultOf can hold, and its constant values. */
const RESULT_KEYS = [
    'ruleId', 'ruleIndex', 'level', 'message', 'text', 'partialFingerprints', FINGERPRINT_KEY, 'locations', 'physicalLocation',
    'artifactLocation', 'uri', 'uriBaseId', '%SRCROOT%', 'region', 'startLine', 'startColumn', 'endLine', 'endColumn',
    'suppressions', 'kind', 'external', 'justification',
];
/**
 * Every string of a chunk of results, values each at least once (the keys are RESULT_KEYS, in the
 * log's structure; fingerprints the redactor cleared are left out), to be joined by '"'. The
 * redaction scan reads this instead of the chunk's text (Redactor.scrubbedStream): about a quarter
 * of the length, since the keys and the values repeated from one result to the next are taken once.
 */
class LogStrings {
    parts = [];
    /** The previous result's rule, level, message and justification: neighbours mostly repeat them. */
    last = [];
    add(text) {
        this.parts.push(text);
    }
    repeated(field, text) {
        if (this.last[field] === text)
            return;
        this.last[field] = text;
        this.parts.push(text);
    }
}
/**
 * One SARIF result. The results of a run are serialised by one JSON.stringify call: on a
 * 100,000-result log that is faster than writing each result's text by hand (measured 360 ms
 * against 270 ms), because V8 serialises plain objects of one-byte strings in native code.
 */
function resultOf(r, ruleIndex, fingerprint, options, strings) {
    const level = LEVEL[r.severity];
    const result = {
        ruleId: r.ruleId,
        ruleIndex,
        level,
        message: { text: r.message },
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    };
    strings.repeated(0, r.ruleId);
    strings.repeated(1, level);
    strings.repeated(2, r.message);
    if (!options.cleared(fingerprint))
        strings.add(fingerprint);
    if (r.file) {
        const region = regionOf(r);
        const artifactLocation = { uri: uriOf(r.file, options.scrubPath), uriBaseId: '%SRCROOT%' };
        result.locations = [{ physicalLocation: region ? { artifactLocation, region } : { artifactLocation } }];
        strings.add(artifactLocation.uri);
    }
    if (r.suppressed) {
        result.suppressions = [{ kind: 'external', justification: r.suppressed.justification }];
        strings.repeated(3, r.suppressed.justification);
    }
    return result;
}
/**
 * Results serialised per JSON.stringify call: a chunk's text (~100 KB) stays below V8's large-object
 * size, so it is built in memory the collector reuses, and is written and dropped before the next.
 */
const RESULTS_PER_CHUNK = 250;
function runParts(input, options) {
    const maxResults = options.maxResultsPerRun;
    const sorted = input.ordered ? input.results : [...input.results].sort(_result__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg);
    const kept = sorted.length > maxResults ? sorted.slice(0, maxResults) : sorted;
    const cut = sorted.length - kept.length;
    const ruleIds = new Map();
    for (const rule of input.rules ?? [])
        ruleIds.set(rule.id, rule);
    for (const r of kept)
        if (!ruleIds.has(r.ruleId))
            ruleIds.set(r.ruleId, { id: r.ruleId, shortDescription: r.ruleId });
    const rules = [...ruleIds.values()].sort((a, b) => (0,_result__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.id, b.id));
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const notifications = cut
        ? [
            {
                level: 'warning',
                message: {
                    text: `${cut} of ${sorted.length} results left out (GitHub accepts ${maxResults} per run); the most severe were kept.`,
                },
            },
        ]
        : [];
    const driver = {
        name: input.tool,
        rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.shortDescription },
            ...(r.helpUri ? { helpUri: r.helpUri } : {}),
        })),
    };
    if (input.version)
        driver.semanticVersion = input.version;
    if (input.informationUri)
        driver.informationUri = input.informationUri;
    // The small parts go through JSON.stringify; the results are spliced in between.
    const head = JSON.stringify({
        tool: { driver },
        automationDetails: { id: input.category.endsWith('/') ? input.category : `${input.category}/` },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
    });
    const tail = JSON.stringify({ properties: { resultsTotal: sorted.length, resultsOmitted: cut } });
    function* chunks() {
        const seen = new Map();
        const { perChunk } = options;
        for (let from = 0; from < kept.length; from += perChunk) {
            const strings = new LogStrings();
            const results = [];
            const to = Math.min(kept.length, from + perChunk);
            for (let i = from; i < to; i++) {
                const r = kept[i];
                let fingerprint;
                if (input.distinctFingerprints && r.fingerprint !== undefined) {
                    fingerprint = `${r.fingerprint}:1`;
                }
                else {
                    const base = r.fingerprint ?? defaultFingerprint(r);
                    const occurrence = (seen.get(base) ?? 0) + 1;
                    seen.set(base, occurrence);
                    fingerprint = `${base}:${occurrence}`;
                }
                results.push(resultOf(r, ruleIndex.get(r.ruleId), fingerprint, options, strings));
            }
            const json = JSON.stringify(results);
            yield { text: from ? `,${json.slice(1, -1)}` : json.slice(1, -1), strings: strings.parts.join('"') };
        }
    }
    return { head: `${head.slice(0, -1)},"results":[`, tail: `],${tail.slice(1)}`, chunks };
}
/** The SARIF log as a stream. */
function sarifStream(runs, opts = {}) {
    if (runs.length > SARIF_MAX_RUNS)
        throw new Error(`SARIF upload accepts at most ${SARIF_MAX_RUNS} runs; got ${runs.length}`);
    const options = {
        maxResultsPerRun: opts.maxResultsPerRun ?? SARIF_MAX_RESULTS_PER_RUN,
        scrubPath: opts.scrubPath ?? ((path) => path),
        perChunk: opts.perChunk ?? RESULTS_PER_CHUNK,
        cleared: opts.cleared ?? (() => false),
    };
    const head = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0' });
    const open = `${head.slice(0, -1)},"runs":[`;
    const parts = runs.map((run) => runParts(run, options));
    const structure = [...RESULT_KEYS, open, ...parts.flatMap((p) => [p.head, p.tail]), ',', ']}'];
    function* pieces() {
        yield { text: open };
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i];
            yield { text: i ? `,${part.head}` : part.head };
            yield* part.chunks();
            yield { text: part.tail };
        }
        yield { text: ']}' };
    }
    return { structure, pieces };
}
/** The SARIF log as one compact JSON text. */
function sarifText(runs, maxResultsPerRun = SARIF_MAX_RESULTS_PER_RUN, scrubPath = (path) => path) {
    return Array.from(sarifStream(runs, { maxResultsPerRun, scrubPath }).pieces(), (piece) => piece.text).join('');
}
/** The SARIF log as an object (for tests and callers that inspect it), parsed from the same text. */
function buildSarif(runs, maxResultsPerRun = SARIF_MAX_RESULTS_PER_RUN) {
    return JSON.parse(sarifText(runs, maxResultsPerRun));
}
/** The default single run of a gate, built from its findings. */
function defaultRun(gate, version, findings) {
    return {
        tool: `release-gates/${gate}`,
        category: `release-gates/${gate}`,
        version,
        informationUri: 'https://github.com/release-gates/release-gates',
        results: [...findings],
    };
}


/***/ }),

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   QY: () => (/* binding */ truncateBytes),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export escapeHtml */
// Job-summary Markdown within GitHub's 1 MiB per-step limit. Sections are kept whole or dropped whole,
// least important first, and the summary says what it dropped.
/** GitHub rejects a step summary over 1 MiB; keep a margin for what other steps append. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const DEFAULT_BUDGET = SUMMARY_LIMIT_BYTES - 16 * 1024;
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
function renderSection(s) {
    if (s.collapsed)
        return `<details><summary>${escapeHtml(s.title)}</summary>\n\n${s.body.trimEnd()}\n\n</details>\n\n`;
    return `### ${s.title}\n\n${s.body.trimEnd()}\n\n`;
}
/**
 * Header first, then sections in their given order, dropping the least important (highest priority
 * number, later first) until the whole fits `budget` bytes.
 */
function renderSummary(header, sections, budget = DEFAULT_BUDGET) {
    const rendered = sections.map((s, index) => ({ s, index, text: renderSection(s), size: 0 }));
    for (const r of rendered)
        r.size = byteLength(r.text);
    const head = header.trimEnd() + '\n\n';
    let total = byteLength(head) + rendered.reduce((n, r) => n + r.size, 0);
    const dropOrder = [...rendered].sort((a, b) => (b.s.priority ?? 50) - (a.s.priority ?? 50) || b.index - a.index);
    const dropped = new Set();
    const noteReserve = 512;
    for (const r of dropOrder) {
        if (total + (dropped.size ? noteReserve : 0) <= budget)
            break;
        dropped.add(r.index);
        total -= r.size;
    }
    let out = head;
    for (const r of rendered)
        if (!dropped.has(r.index))
            out += r.text;
    if (dropped.size) {
        const names = rendered.filter((r) => dropped.has(r.index)).map((r) => `"${r.s.title}"`);
        let note = `> [!NOTE]\n> Left out to stay within GitHub's 1 MiB summary limit: ${names.join(', ')}. The full result is in the result file and SARIF.\n`;
        if (byteLength(out + note) > budget)
            note = `> [!NOTE]\n> ${dropped.size} sections left out to stay within GitHub's 1 MiB summary limit.\n`;
        out += note;
    }
    // A header alone over budget (never expected) is cut rather than rejected by the runner.
    if (byteLength(out) > budget)
        out = truncateBytes(out, budget - 64) + '\n\n_(summary truncated)_\n';
    return out;
}
function truncateBytes(text, maxBytes) {
    const buf = Buffer.from(text, 'utf8');
    if (buf.length <= maxBytes)
        return text;
    let end = Math.max(0, Math.floor(maxBytes));
    // Do not cut a UTF-8 sequence in half.
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end--;
    return buf.subarray(0, end).toString('utf8');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Escape text for a Markdown table cell or inline text. */
function escapeMarkdown(text) {
    return escapeHtml(text)
        .replace(/\\/g, '\\\\')
        .replace(/([|`*_[\]#])/g, '\\$1')
        .replace(/\r?\n/g, ' ');
}
/** Inline code that survives backticks in the value. */
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const fence = clean.includes('`') ? '``' : '`';
    return `${fence}${clean.includes('`') ? ` ${clean} ` : clean}${fence}`;
}
function table(headers, rows, align) {
    const sep = headers.map((_, i) => {
        const a = align?.[i] ?? 'l';
        return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map(line)].join('\n') + '\n';
}
const STATUS_ICON = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    error: '⛔',
};


/***/ }),

/***/ 3313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./actions/common/src/version.ts

/** The suite's version, from package.json (bundled at build time). */
const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main),
  Cs: () => (/* binding */ runAction),
  t: () => (/* binding */ runVerdictAction),
  KE: () => (/* reexport */ ucs2length["default"])
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __nccwpck_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/gate.ts
var src_gate = __nccwpck_require__(20);
// EXTERNAL MODULE: ./actions/common/src/options.ts
var options = __nccwpck_require__(7757);
// EXTERNAL MODULE: ./actions/common/src/paths.ts
var paths = __nccwpck_require__(9071);
// EXTERNAL MODULE: ./actions/common/src/registry.ts
var registry = __nccwpck_require__(6672);
// EXTERNAL MODULE: ./actions/common/src/render.ts
var render = __nccwpck_require__(8175);
// EXTERNAL MODULE: ./actions/common/src/result.ts
var result = __nccwpck_require__(2354);
// EXTERNAL MODULE: ./actions/common/src/run.ts + 3 modules
var run = __nccwpck_require__(1409);
// EXTERNAL MODULE: ./actions/common/src/redact.ts + 1 modules
var redact = __nccwpck_require__(4917);
// EXTERNAL MODULE: ./actions/common/src/summary.ts
var summary = __nccwpck_require__(6663);
// EXTERNAL MODULE: ./actions/common/src/version.ts + 1 modules
var version = __nccwpck_require__(3313);
;// CONCATENATED MODULE: ./actions/common/src/cli.ts
// The `release-gates` command: the same gates as the actions, for a terminal or another CI.
// Exit codes: 0 pass or warn, 1 fail, 2 error (bad flags, bad input, a gate that could not decide).












const FORMAT_OPTION = {
    name: 'format',
    type: 'enum',
    values: ['text', 'markdown', 'json'],
    default: 'text',
    description: 'Output: text for a terminal, markdown (as the job summary), or json (exactly the GateResult).',
};
const VERBOSE_OPTION = {
    name: 'verbose',
    type: 'boolean',
    default: false,
    description: 'Print debug logs to stderr.',
};
const MAIN_HELP = `release-gates ${version/* VERSION */.x}: decide whether a repository is ready to release.

Usage:
  release-gates <gate> [flags]        run one gate
  release-gates run [dir] [flags]     run every gate enabled in the config file (dir defaults to .)
  release-gates verdict [flags]       combine GateResult files into one verdict
  release-gates <command> --help      flags of a command, with their defaults

Gates:
  coverage      coverage thresholds: totals, per path, changed lines, no drop vs base
  schema-ids    JSON Schema hygiene: $id, drafts, $refs, closed objects, example files
  sbom          CycloneDX SBOM: generate with cyclonedx-npm, validate offline, completeness, licenses
  secret-scan   aggregate secret scanners' reports: dedupe, baseline with expiry, redaction
  tarball       what npm pack would publish: required/forbidden paths, entry points, budgets, diff

Exit codes: 0 pass or warn, 1 fail, 2 error.
Configuration: .github/release-gates.yml (flags override it).
`;
function formatDefault(spec) {
    if (spec.defaultText)
        return spec.defaultText;
    const d = spec.default;
    if (d === undefined || d === '' || (Array.isArray(d) && d.length === 0))
        return spec.type === 'boolean' ? 'false' : 'none';
    if (Array.isArray(d))
        return d.join(', ');
    if (typeof d === 'object')
        return JSON.stringify(d);
    return String(d);
}
function valueName(spec) {
    if (spec.type === 'boolean')
        return '';
    if (spec.valueName)
        return ` ${spec.valueName}`;
    if (spec.type === 'enum')
        return ` <${(spec.values ?? []).join('|')}>`;
    if (spec.type === 'number' || spec.type === 'integer')
        return ' <n>';
    if (spec.type === 'object')
        return ' <yaml>';
    if (spec.type === 'list')
        return ' <value>';
    return ' <value>';
}
function optionHelp(specs) {
    return specs
        .map((spec) => {
        const flag = `  --${spec.name}${valueName(spec)}`;
        const repeat = spec.type === 'list' ? ' Repeatable.' : '';
        const allowed = spec.type === 'enum' ? '' : (0,options/* describeAllowed */.cX)(spec) && spec.type !== 'boolean' ? ` (${(0,options/* describeAllowed */.cX)(spec)})` : '';
        return `${flag}\n      ${spec.description}${allowed}${repeat} Default: ${formatDefault(spec)}.`;
    })
        .join('\n');
}
function gateHelp(gate) {
    return `release-gates ${gate.name}: ${gate.description}

Usage: release-gates ${gate.name} [flags]

Flags:
${optionHelp(gate.options)}

Common flags:
${optionHelp([...src_gate/* COMMON_OPTIONS */.D, FORMAT_OPTION, VERBOSE_OPTION])}
  --help
      Show this help.

Every flag can also be set in .github/release-gates.yml under \`${gate.name}:\` (flags win).
Exit codes: 0 pass or warn, 1 fail, 2 error.
`;
}
/** Parse `--name value`, `--name=value`, `--flag`, `--no-flag`; repeated list flags accumulate. */
function parseFlags(argv, specs, command) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const given = {};
    const positionals = [];
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--')) {
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        let value = eq === -1 ? undefined : arg.slice(eq + 1);
        let spec = byName.get(name);
        if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.type === 'boolean' && value === undefined) {
            name = name.slice(3);
            spec = byName.get(name);
            value = false;
        }
        if (!spec)
            throw new errors/* ConfigurationError */.j1(`unknown flag --${name}; see \`release-gates ${command} --help\``, name);
        if (value === undefined) {
            if (spec.type === 'boolean') {
                const next = argv[i + 1];
                value = next === 'true' || next === 'false' ? (i++, next) : true;
            }
            else {
                const next = argv[i + 1];
                if (next === undefined || (next.startsWith('--') && next.length > 2))
                    throw new errors/* ConfigurationError */.j1(`flag --${name} needs a value`, name);
                value = next;
                i++;
            }
        }
        if (spec.type === 'list' && typeof value === 'string') {
            const prev = given[name];
            given[name] = Array.isArray(prev) ? [...prev, value] : [value];
        }
        else {
            given[name] = value;
        }
    }
    return { given, positionals, help };
}
function makeLogger(io, verbose) {
    return {
        info: (m) => io.stderr(`${m}\n`),
        warn: (m) => io.stderr(`warning: ${m}\n`),
        debug: (m) => {
            if (verbose)
                io.stderr(`debug: ${m}\n`);
        },
    };
}
function printResult(io, format, result, markdown) {
    if (format === 'json')
        io.stdout(JSON.stringify(result, null, 2) + '\n');
    else if (format === 'markdown')
        io.stdout(markdown());
    else
        io.stdout((0,render/* renderText */.S5)(result));
}
function formatOf(given) {
    const f = given.format;
    if (f === undefined)
        return 'text';
    if (f === 'text' || f === 'markdown' || f === 'json')
        return f;
    throw new errors/* ConfigurationError */.j1(`--format: ${JSON.stringify(f)} is not allowed (allowed: text | markdown | json)`, 'format');
}
async function gateCommand(name, argv, io) {
    const gate = await (0,registry/* loadGate */.WF)(name);
    const parsed = parseFlags(argv, [...gate.options, ...src_gate/* COMMON_OPTIONS */.D, FORMAT_OPTION, VERBOSE_OPTION], name);
    if (parsed.help) {
        io.stdout(gateHelp(gate));
        return 0;
    }
    if (parsed.positionals.length) {
        throw new errors/* ConfigurationError */.j1(`unexpected argument ${JSON.stringify(parsed.positionals[0])}; see \`release-gates ${name} --help\``);
    }
    const format = formatOf(parsed.given);
    const outcome = await (0,run/* runGate */.R)(gate, parsed.given, {
        cwd: io.cwd,
        env: io.env,
        isAction: false,
        log: makeLogger(io, parsed.given.verbose === true),
    });
    printResult(io, format, outcome.result, () => (0,render/* renderMarkdown */.Gc)(outcome.result, outcome.sections));
    return (0,result/* exitCodeFor */.Rr)(outcome.result.status);
}
const RUN_OPTIONS = [
    { name: 'only', type: 'list', separator: 'comma', description: 'Run only these gates (comma-separated).', valueName: '<gates>' },
    { name: 'results-dir', type: 'string', default: '', description: 'Write each GateResult to <dir>/<gate>.json (for `release-gates verdict`).', valueName: '<dir>' },
    src_gate/* COMMON_OPTIONS */.D.find((o) => o.name === 'mode'),
    src_gate/* COMMON_OPTIONS */.D.find((o) => o.name === 'config'),
    FORMAT_OPTION,
    VERBOSE_OPTION,
];
const WORST = { pass: 0, warn: 1, fail: 2, error: 3 };
async function runCommand(argv, io) {
    const parsed = parseFlags(argv, RUN_OPTIONS, 'run');
    if (parsed.help) {
        io.stdout(`release-gates run: every gate enabled in the config file, on one repository.\n\nUsage: release-gates run [dir] [flags]\n\nFlags:\n${optionHelp(RUN_OPTIONS)}\n\nExit codes: 0 pass or warn, 1 fail, 2 error.\n`);
        return 0;
    }
    if (parsed.positionals.length > 1)
        throw new errors/* ConfigurationError */.j1('run takes at most one folder');
    const dir = (0,external_node_path_.resolve)(io.cwd, parsed.positionals[0] ?? '.');
    const format = formatOf(parsed.given);
    const only = parsed.given.only?.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean) ?? [];
    for (const name of only) {
        if (!result/* GATE_NAMES */.rn.includes(name))
            throw new errors/* ConfigurationError */.j1(`--only: unknown gate ${JSON.stringify(name)} (allowed: ${result/* GATE_NAMES */.rn.join(', ')})`, 'only');
    }
    const config = (await (0,run/* loadConfigFor */.w)(dir, { config: parsed.given.config })) ?? null;
    const redactor = new redact/* Redactor */.pO();
    const log = makeLogger(io, parsed.given.verbose === true);
    const results = [];
    const markdown = [];
    for (const name of result/* GATE_NAMES */.rn) {
        if (only.length && !only.includes(name))
            continue;
        if (!only.length && config && !config.enabled(name))
            continue;
        const gate = await (0,registry/* loadGate */.WF)(name);
        const given = { 'working-directory': dir };
        if (parsed.given.mode)
            given.mode = parsed.given.mode;
        if (typeof parsed.given['results-dir'] === 'string' && parsed.given['results-dir']) {
            given['result-file'] = (0,paths/* fileIn */.E)((0,external_node_path_.resolve)(io.cwd, parsed.given['results-dir']), `${name}.json`);
        }
        const outcome = await (0,run/* runGate */.R)(gate, given, { cwd: dir, env: io.env, isAction: false, log, redactor, config });
        results.push(outcome.result);
        if (format === 'text')
            io.stdout((0,render/* renderText */.S5)(outcome.result) + '\n');
        if (format === 'markdown')
            markdown.push((0,render/* renderMarkdown */.Gc)(outcome.result, outcome.sections));
    }
    const worst = results.reduce((w, r) => (WORST[r.status] > WORST[w] ? r.status : w), 'pass');
    if (format === 'json')
        io.stdout(JSON.stringify(results, null, 2) + '\n');
    else {
        const lines = results.map((r) => `  ${(summary/* STATUS_ICON */.tW[r.status] ?? '').padEnd(2)} ${(0,render/* gateTitle */.KS)(r.gate).padEnd(20)} ${r.status.padEnd(6)} ${r.summary}`);
        const table = `Overall: ${worst.toUpperCase()}\n${lines.join('\n')}\n`;
        if (format === 'markdown')
            io.stdout(markdown.join('\n') + '\n```\n' + table + '```\n');
        else
            io.stdout(table);
    }
    return (0,result/* exitCodeFor */.Rr)(worst);
}
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    try {
        if (command === undefined) {
            io.stderr(MAIN_HELP);
            return 2;
        }
        if (command === '--help' || command === '-h' || command === 'help') {
            io.stdout(MAIN_HELP);
            return 0;
        }
        if (command === '--version' || command === '-v') {
            io.stdout(`${version/* VERSION */.x}\n`);
            return 0;
        }
        if (result/* GATE_NAMES */.rn.includes(command))
            return await gateCommand(command, rest, io);
        if (command === 'run')
            return await runCommand(rest, io);
        if (command === 'verdict') {
            const { verdictCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(406), __nccwpck_require__.e(684)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1684));
            return await verdictCommand([...rest], io);
        }
        io.stderr(`release-gates: unknown command ${JSON.stringify(command)}\n\n${MAIN_HELP}`);
        return 2;
    }
    catch (err) {
        const where = err instanceof errors/* InputError */.dz || err instanceof errors/* ConfigurationError */.j1 ? (0,errors/* describeLocation */.lR)(err.file, err.line, err.column) : '';
        const message = (0,errors/* errorMessage */.gJ)(err);
        io.stderr(`release-gates: ${where && !message.startsWith(where) ? `${where}: ` : ''}${message}\n`);
        if (!(err instanceof errors/* ConfigurationError */.j1) && io.env.RELEASE_GATES_DEBUG && err instanceof Error)
            io.stderr(`${err.stack}\n`);
        return 2;
    }
}

// EXTERNAL MODULE: ./actions/common/src/git.ts
var git = __nccwpck_require__(9963);
// EXTERNAL MODULE: ./actions/common/src/glob.ts
var glob = __nccwpck_require__(1473);
// EXTERNAL MODULE: ./actions/common/src/json-positions.ts
var json_positions = __nccwpck_require__(208);
// EXTERNAL MODULE: ./actions/common/src/json-syntax.ts
var json_syntax = __nccwpck_require__(9721);
// EXTERNAL MODULE: ./actions/common/src/process.ts
var src_process = __nccwpck_require__(1814);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./actions/common/src/entry.ts
// The one bundle every action and the CLI share (dist/lib). Each dist/<action>/index.js is a
// two-line stub that imports from here; gates and the GitHub adapter load lazily as chunks.

// Kit modules most gates use, loaded here so they live once in the shared bundle: webpack copies a
// module shared by lazy chunks into each of them when it is below its 20 KB split size.





// Used by both ajv and the precompiled config validator (generated/config-validator.js). Re-exported,
// not imported bare, because a bare import of a module without side effects is dropped by the bundler.

async function runAction(name) {
    const { runAction: run } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5216));
    await run(name);
}
async function runVerdictAction() {
    const { runVerdictAction: run } = await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210), __nccwpck_require__.e(421), __nccwpck_require__.e(406), __nccwpck_require__.e(567)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7567));
    await run();
}
async function main(argv) {
    // `release-gates … | head` closes the pipe early: that is the reader's choice, not a crash.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (err) => {
            if (err.code !== 'EPIPE')
                throw err;
            process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
        });
    }
    const io = {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        cwd: process.cwd(),
        env: process.env,
    };
    return runCli(argv, io);
}

var __webpack_exports__main = __webpack_exports__.iW;
var __webpack_exports__runAction = __webpack_exports__.Cs;
var __webpack_exports__runVerdictAction = __webpack_exports__.t;
var __webpack_exports__ucs2length = __webpack_exports__.KE;
export { __webpack_exports__main as main, __webpack_exports__runAction as runAction, __webpack_exports__runVerdictAction as runVerdictAction, __webpack_exports__ucs2length as ucs2length };
