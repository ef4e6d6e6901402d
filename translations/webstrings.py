#!/usr/bin/env python3
"""Moves the web front end's strings between resources/web/strings.js and the .ts files.

  webstrings.py extract STRINGS_JS TS_FILE...
      Writes the strings of STRINGS_JS into the "web" context of each TS_FILE,
      keeping the translations already there. Each message's comment is the
      string's key, so equal English texts with different keys stay apart.
  webstrings.py generate STRINGS_JS TS_FILE OUTPUT_JS
      Writes a copy of STRINGS_JS in which every string that TS_FILE translates
      is replaced by its translation, and the language tag by TS_FILE's.

strings.js keeps one string per line, as `    key: 'text',`. Any other line
inside the dictionary must be a comment or blank, or this script stops with an error.
"""

import re
import sys
import xml.etree.ElementTree as ElementTree

CONTEXT = 'web'
ENTRY = re.compile(r"^(    )([A-Za-z][A-Za-z0-9_]*)(: ')((?:[^'\\]|\\.)*)(',)$")
UNFINISHED_TYPES = {'unfinished', 'vanished', 'obsolete'}


def fail(message):
    sys.stderr.write(f'webstrings.py: {message}\n')
    sys.exit(1)


def js_unescape(text):
    def character(match):
        escape = match.group(1)
        if escape.startswith('u'):
            return chr(int(escape[1:], 16))
        return {'n': '\n', 't': '\t'}.get(escape, escape)
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|.)", character, text)


def js_escape(text):
    return text.replace('\\', '\\\\').replace("'", "\\'").replace('\n', '\\n').replace('\t', '\\t')


def read_strings(path):
    """Returns the lines of strings.js and the (key, text, line index) of each string."""
    with open(path, encoding='utf-8') as source:
        lines = source.read().split('\n')
    entries = []
    inside = False
    for index, line in enumerate(lines):
        if line.startswith('export const strings = {'):
            inside = True
            continue
        if inside and line == '};':
            break
        if not inside or not line.strip() or line.strip().startswith('//'):
            continue
        match = ENTRY.match(line)
        if not match:
            fail(f'{path}:{index + 1}: expected "    key: \'text\'," but found: {line.strip()}')
        entries.append((match.group(2), js_unescape(match.group(4)), index))
    if not entries:
        fail(f'{path}: no strings found')
    return lines, entries


def read_ts(path):
    try:
        return ElementTree.parse(path)
    except (OSError, ElementTree.ParseError) as error:
        fail(f'cannot read {path}: {error}')


def write_ts(tree, path):
    ElementTree.indent(tree, space='    ')
    body = ElementTree.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as output:
        output.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        output.write(body)
        output.write('\n')


def web_context(root):
    for context in root.findall('context'):
        if context.findtext('name') == CONTEXT:
            return context
    return None


def translations_of(context):
    """Returns key -> (source, translation, type) for the messages of a web context."""
    result = {}
    if context is None:
        return result
    for message in context.findall('message'):
        key = message.findtext('comment') or ''
        translation = message.find('translation')
        result[key] = (message.findtext('source') or '',
                       (translation.text or '') if translation is not None else '',
                       translation.get('type') if translation is not None else None)
    return result


def extract(strings_path, ts_paths):
    _, entries = read_strings(strings_path)
    for ts_path in ts_paths:
        tree = read_ts(ts_path)
        root = tree.getroot()
        old = web_context(root)
        known = translations_of(old)
        if old is not None:
            root.remove(old)
        context = ElementTree.SubElement(root, 'context')
        ElementTree.SubElement(context, 'name').text = CONTEXT
        for key, text, _ in entries:
            if key == 'language':
                continue
            message = ElementTree.SubElement(context, 'message')
            ElementTree.SubElement(message, 'source').text = text
            ElementTree.SubElement(message, 'comment').text = key
            translation = ElementTree.SubElement(message, 'translation')
            previous = known.get(key)
            if previous and previous[1]:
                translation.text = previous[1]
                # A changed English text needs a translator's look again. lupdate marks the web context vanished, because it finds none of it in the sources.
                if previous[0] != text or previous[2] == 'unfinished':
                    translation.set('type', 'unfinished')
            else:
                translation.set('type', 'unfinished')
        write_ts(tree, ts_path)


def generate(strings_path, ts_path, output_path):
    lines, entries = read_strings(strings_path)
    root = read_ts(ts_path).getroot()
    language = (root.get('language') or '').split('_')[0]
    if not language:
        fail(f'{ts_path}: the TS element has no language attribute')
    translated = {key: value[1] for key, value in translations_of(web_context(root)).items()
                  if value[1] and value[2] not in UNFINISHED_TYPES}
    for key, _, index in entries:
        match = ENTRY.match(lines[index])
        if key == 'language':
            text = language
        elif key in translated:
            text = translated[key]
        else:
            continue
        lines[index] = f'{match.group(1)}{key}{match.group(3)}{js_escape(text)}{match.group(5)}'
    header = f'// Generated from {ts_path.split("/")[-1]} by translations/webstrings.py; edit the .ts file instead.\n'
    with open(output_path, 'w', encoding='utf-8') as output:
        output.write(header + '\n'.join(lines))


def main(arguments):
    if len(arguments) >= 3 and arguments[0] == 'extract':
        extract(arguments[1], arguments[2:])
    elif len(arguments) == 4 and arguments[0] == 'generate':
        generate(arguments[1], arguments[2], arguments[3])
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)


if __name__ == '__main__':
    main(sys.argv[1:])
