#!/usr/bin/env python3
"""Compares aw's front end with CPython 3.11 on Python source.

Usage: check.py [-e] [-q] [--no-pos] [--no-end] PARSE_DUMP INPUT...

An INPUT is a .py file, a directory (walked for .py files) or a cases
file (*.txt): one source per line, where \\n is a newline, \\t a tab and
\\\\ a backslash; blank lines and lines starting with '#' are skipped, and
a case starting with 'xfail: ' is a known difference.

For each source, CPython's result (the AST, or the SyntaxError with type,
message, line, offset and end position) is written in
tests/unit/parse_dump.c's format and compared with the driver's output.
Prints each difference, then "N passed, N failed" (and known failures).
"""
import ast
import os
import subprocess
import sys
import tempfile

POS = (ast.expr, ast.stmt, ast.excepthandler, ast.arg, ast.keyword,
       ast.alias)


def esc(b):
    out = []
    for c in b:
        if c in (0x22, 0x5C):
            out.append('\\' + chr(c))
        elif c < 0x20 or c >= 0x7F:
            out.append('\\x%02x' % c)
        else:
            out.append(chr(c))
    return '"' + ''.join(out) + '"'


def const(v):
    if v is None or v is True or v is False:
        return repr(v)
    if v is Ellipsis:
        return 'Ellipsis'
    if isinstance(v, int):
        return 'int:%d' % v
    if isinstance(v, float):
        return 'float:%.17g' % v
    if isinstance(v, complex):
        return 'imag:%.17g' % v.imag
    if isinstance(v, str):
        return 'str:' + esc(v.encode('utf-8', 'surrogatepass'))
    return 'bytes:' + esc(v)


def lst(field, items):
    return '%s=[%s]' % (field, ', '.join(d(x) for x in items))


def opt(field, node):
    return ', %s=%s' % (field, d(node)) if node is not None else ''


def ctx(n):
    return type(n.ctx).__name__


def arguments(n):
    s = lst('posonlyargs', n.posonlyargs) + ', ' + lst('args', n.args)
    s += opt('vararg', n.vararg)
    s += ', ' + lst('kwonlyargs', n.kwonlyargs)
    s += ', kw_defaults=[%s]' % ', '.join(d(x) for x in n.kw_defaults)
    s += opt('kwarg', n.kwarg)
    return s + ', ' + lst('defaults', n.defaults)


def fields(n):
    k = type(n).__name__
    if k == 'Module':
        return lst('body', n.body)
    if k == 'Expr':
        return 'value=' + d(n.value)
    if k == 'Assign':
        return lst('targets', n.targets) + ', value=' + d(n.value)
    if k == 'AugAssign':
        return 'target=%s, op=%s, value=%s' % (
            d(n.target), type(n.op).__name__, d(n.value))
    if k == 'AnnAssign':
        return 'target=%s, annotation=%s%s, simple=%d' % (
            d(n.target), d(n.annotation), opt('value', n.value), n.simple)
    if k == 'Delete':
        return lst('targets', n.targets)
    if k in ('Pass', 'Break', 'Continue'):
        return ''
    if k == 'Return':
        return 'value=' + d(n.value) if n.value else ''
    if k == 'Raise':
        s = 'exc=' + d(n.exc) if n.exc else ''
        return s + opt('cause', n.cause)
    if k in ('Global', 'Nonlocal'):
        return 'names=[%s]' % ', '.join("'%s'" % x for x in n.names)
    if k == 'Assert':
        return 'test=' + d(n.test) + opt('msg', n.msg)
    if k in ('If', 'While'):
        return 'test=%s, %s, %s' % (d(n.test), lst('body', n.body),
                                    lst('orelse', n.orelse))
    if k in ('For', 'AsyncFor'):
        return 'target=%s, iter=%s, %s, %s' % (
            d(n.target), d(n.iter), lst('body', n.body),
            lst('orelse', n.orelse))
    if k == 'Try':
        return ', '.join([lst('body', n.body), lst('handlers', n.handlers),
                          lst('orelse', n.orelse),
                          lst('finalbody', n.finalbody)])
    if k == 'ExceptHandler':
        s = 'type=%s, ' % d(n.type) if n.type else ''
        s += "name='%s', " % n.name if n.name else ''
        return s + lst('body', n.body)
    if k in ('With', 'AsyncWith'):
        return lst('items', n.items) + ', ' + lst('body', n.body)
    if k == 'withitem':
        return 'context_expr=' + d(n.context_expr) + opt(
            'optional_vars', n.optional_vars)
    if k in ('FunctionDef', 'AsyncFunctionDef'):
        return "name='%s', args=%s, %s, %s%s" % (
            n.name, d(n.args), lst('body', n.body),
            lst('decorator_list', n.decorator_list), opt('returns', n.returns))
    if k == 'ClassDef':
        return "name='%s', %s, %s, %s, %s" % (
            n.name, lst('bases', n.bases), lst('keywords', n.keywords),
            lst('body', n.body), lst('decorator_list', n.decorator_list))
    if k == 'Import':
        return lst('names', n.names)
    if k == 'ImportFrom':
        s = "module='%s', " % n.module if n.module else ''
        return s + lst('names', n.names) + ', level=%d' % n.level
    if k == 'alias':
        s = "name='%s'" % n.name
        return s + (", asname='%s'" % n.asname if n.asname else '')
    if k == 'Name':
        return "id='%s', ctx=%s()" % (n.id, ctx(n))
    if k == 'Constant':
        return 'value=' + const(n.value)
    if k == 'JoinedStr':
        return lst('values', n.values)
    if k == 'FormattedValue':
        return 'value=%s, conversion=%d%s' % (
            d(n.value), n.conversion, opt('format_spec', n.format_spec))
    if k == 'BoolOp':
        return 'op=%s(), %s' % (type(n.op).__name__, lst('values', n.values))
    if k == 'BinOp':
        return 'left=%s, op=%s(), right=%s' % (
            d(n.left), type(n.op).__name__, d(n.right))
    if k == 'UnaryOp':
        return 'op=%s(), operand=%s' % (type(n.op).__name__, d(n.operand))
    if k == 'Compare':
        return 'left=%s, ops=[%s], %s' % (
            d(n.left), ', '.join(type(o).__name__ + '()' for o in n.ops),
            lst('comparators', n.comparators))
    if k == 'Call':
        return 'func=%s, %s, %s' % (d(n.func), lst('args', n.args),
                                    lst('keywords', n.keywords))
    if k == 'keyword':
        s = "arg='%s', " % n.arg if n.arg else ''
        return s + 'value=' + d(n.value)
    if k == 'Attribute':
        return "value=%s, attr='%s', ctx=%s()" % (d(n.value), n.attr, ctx(n))
    if k == 'Subscript':
        return 'value=%s, slice=%s, ctx=%s()' % (d(n.value), d(n.slice),
                                                 ctx(n))
    if k == 'Slice':
        parts = []
        for f in ('lower', 'upper', 'step'):
            if getattr(n, f) is not None:
                parts.append('%s=%s' % (f, d(getattr(n, f))))
        return ', '.join(parts)
    if k == 'Starred':
        return 'value=%s, ctx=%s()' % (d(n.value), ctx(n))
    if k in ('Tuple', 'List'):
        return lst('elts', n.elts) + ', ctx=%s()' % ctx(n)
    if k == 'Set':
        return lst('elts', n.elts)
    if k == 'Dict':
        return 'keys=[%s], %s' % (', '.join(d(x) for x in n.keys),
                                  lst('values', n.values))
    if k in ('ListComp', 'SetComp', 'GeneratorExp'):
        return 'elt=%s, %s' % (d(n.elt), lst('generators', n.generators))
    if k == 'DictComp':
        return 'key=%s, value=%s, %s' % (d(n.key), d(n.value),
                                         lst('generators', n.generators))
    if k == 'comprehension':
        return 'target=%s, iter=%s, %s, is_async=%d' % (
            d(n.target), d(n.iter), lst('ifs', n.ifs), n.is_async)
    if k == 'IfExp':
        return 'test=%s, body=%s, orelse=%s' % (d(n.test), d(n.body),
                                                d(n.orelse))
    if k == 'Lambda':
        return 'args=%s, body=%s' % (d(n.args), d(n.body))
    if k == 'NamedExpr':
        return 'target=%s, value=%s' % (d(n.target), d(n.value))
    if k in ('Await', 'Yield', 'YieldFrom'):
        return 'value=' + d(n.value) if n.value else ''
    if k == 'arguments':
        return arguments(n)
    if k == 'arg':
        return "arg='%s'" % n.arg + opt('annotation', n.annotation)
    raise ValueError('unsupported node ' + k)


def d(n):
    if n is None:
        return 'None'
    s = '%s(%s)' % (type(n).__name__, fields(n))
    if isinstance(n, POS):
        s += '@%d:%d-%d:%d' % (n.lineno, n.col_offset, n.end_lineno,
                               n.end_col_offset)
    return s


def cpython(src, mode, ends):
    try:
        tree = compile(src, '<check>', mode, ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        s = '%s: %s (line %s, col %s' % (type(e).__name__, e.msg, e.lineno,
                                          e.offset)
        if ends:
            s += ', end_line %s, end_col %s' % (e.end_lineno, e.end_offset)
        return s + ')'
    except (ValueError, MemoryError, RecursionError) as e:
        return 'SKIP %s' % type(e).__name__
    if mode == 'eval':
        tree = tree.body
    try:
        return d(tree)
    except ValueError:  # match or except*: not in aw
        return 'SKIP unsupported'
    except RecursionError:
        return 'SKIP deep'



def strip_pos(s):
    import re
    return re.sub(r'@\d+:\d+-\d+:\d+', '', s)


def unescape(case):
    out, i = [], 0
    while i < len(case):
        if case[i] == '\\' and i + 1 < len(case) and case[i + 1] in 'nt\\':
            out.append({'n': '\n', 't': '\t', '\\': '\\'}[case[i + 1]])
            i += 2
        else:
            out.append(case[i])
            i += 1
    return ''.join(out)


def expand_cases(path, tmpdir):
    """Writes each case of a cases file to a .py file: [(file, xfail)]."""
    files = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f.read().split('\n')):
            if not line.strip() or line.startswith('#'):
                continue
            xfail = line.startswith('xfail: ')
            if xfail:
                line = line[len('xfail: '):]
            name = os.path.join(tmpdir, '%s_%04d.py' % (
                os.path.basename(path)[:-4], n + 1))
            with open(name, 'w', encoding='utf-8') as out:
                out.write(unescape(line))
            files.append((name, xfail))
    return files


def main():
    args = sys.argv[1:]
    mode, quiet, pos, ends = 'exec', False, True, True
    while args and args[0].startswith('-'):
        a = args.pop(0)
        if a == '-e':
            mode = 'eval'
        elif a == '-q':
            quiet = True
        elif a == '--no-pos':
            pos = False
        elif a == '--no-end':
            ends = False
    driver, paths = args[0], args[1:]
    files = []
    tmp = tempfile.TemporaryDirectory()
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [(os.path.join(root, n), False)
                          for n in sorted(names) if n.endswith('.py')]
        elif p.endswith('.txt'):
            files += expand_cases(p, tmp.name)
        else:
            files.append((p, False))
    passed = failed = xfailed = 0
    for f, xfail in files:
        try:
            src = open(f, encoding='utf-8').read()
        except (UnicodeDecodeError, OSError):
            continue
        want = cpython(src, mode, ends)
        if want.startswith('SKIP'):
            continue
        cmd = [driver] + (['-e'] if mode == 'eval' else []) + \
            (['-p'] if ends else []) + [f]
        got = subprocess.run(cmd, capture_output=True,
                             text=True, errors='replace').stdout.strip()
        if not pos:
            want, got = strip_pos(want), strip_pos(got)
        if got == want:
            passed += 1
            continue
        if xfail:
            xfailed += 1
            continue
        failed += 1
        if quiet:
            print('FAIL', f)
            continue
        i = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b),
                 min(len(want), len(got)))
        src_line = src.replace('\n', '\\n')[:100]
        print('FAIL %s: %s\n  want: ...%s\n  got:  ...%s' % (
            f, src_line, want[max(0, i - 80):i + 80],
            got[max(0, i - 80):i + 80]))
    print('%d passed, %d failed' % (passed, failed) +
          (' (%d known differences)' % xfailed if xfailed else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
