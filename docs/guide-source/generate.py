#!/usr/bin/env python3
"""Writes docs/questionnaire-format.md from template.md, filling each placeholder with a
fixture of fixtures/ and the real output of `arusha validate` on it, so every message the
guide shows is what the tool prints.

`@@files A B …@@` copies the fixtures A.yaml, B.yaml, … under their own names and shows
`arusha validate A.yaml B.yaml …` (a map with the questionnaires it reads).

Usage: python3 docs/guide-source/generate.py [ARUSHA_BINARY]   (default .build/debug/arusha)
"""
import os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(HERE, 'fixtures')
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '.build/debug/arusha'))
OUT = os.path.join(ROOT, 'docs/questionnaire-format.md')


def run(args, fixture=None, named=()):
    folder = tempfile.mkdtemp()
    try:
        if fixture:
            shutil.copy(os.path.join(FIXTURES, fixture + '.yaml'), os.path.join(folder, 'q.yaml'))
        for name in named:
            shutil.copy(os.path.join(FIXTURES, name + '.yaml'), os.path.join(folder, name + '.yaml'))
        env = dict(os.environ, NO_COLOR='1')
        p = subprocess.run([BIN] + args, cwd=folder, capture_output=True, env=env)
    finally:
        shutil.rmtree(folder)
    return (p.stdout + p.stderr).decode('utf-8', 'strict'), p.returncode


lines = open(os.path.join(HERE, 'template.md'), encoding='utf-8').read().split('\n')
result = []
in_fence = False
for line in lines:
    m = re.match(r'^(\s*)@@(\S+) (.+)@@$', line)
    if not m:
        if line.strip().startswith('```'):
            in_fence = not in_fence
        result.append(line)
        continue
    indent, kind, arg = m.groups()
    if kind in ('yaml', 'yaml-indented'):
        block = '```yaml\n' + open(os.path.join(FIXTURES, arg + '.yaml'), encoding='utf-8').read() + '```'
    elif kind in ('out', 'strict', 'json'):
        args = ['validate', 'q.yaml']
        if kind == 'strict':
            args.insert(1, '--strict')
        if kind == 'json':
            args[1:1] = ['--format', 'json']
        out, _ = run(args, arg)
        block = out.rstrip('\n') if in_fence else '```text\n' + out + '```'
    elif kind == 'files':
        names = arg.split()
        out, _ = run(['validate'] + [n + '.yaml' for n in names], named=names)
        block = '```text\n$ arusha validate ' + ' '.join(n + '.yaml' for n in names) + '\n' + out + '```'
    elif kind == 'cmd':
        block = run(arg.split())[0].rstrip('\n')
    else:
        sys.exit('unknown placeholder ' + line)
    block = '\n'.join((indent + l) if l.strip() or (kind in ('out', 'strict') and l) else l for l in block.split('\n'))
    result.append(block)
text = '\n'.join(result)
assert '@@' not in text, re.findall(r'@@.*', text)[:3]
open(OUT, 'w', encoding='utf-8').write(text)
print('wrote', os.path.relpath(OUT, ROOT))
