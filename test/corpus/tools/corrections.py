"""What the devN corrections scripts share: a group's expected.json, its files' lines as the editor splits them
(CRLF, LF or a lone CR), and writing the corrected expectations back in expect.py's layout."""
import json
import re
from pathlib import Path


class Group:
    def __init__(self, name):
        self.root = Path(__file__).resolve().parent.parent / 'transcripts' / name
        self.path = self.root / 'expected.json'
        # Every hand correction says who made it and why: "added": "<group> review: …".
        self.review = f'{name} review'
        self.data = json.loads(self.path.read_text())
        self.files = {x['file']: x for x in self.data['transcripts']}

    def lines_of(self, name):
        return re.split(r'\r\n|\r|\n', (self.root / name).read_bytes().decode('utf-8', 'replace'))

    def save(self):
        self.path.write_text(json.dumps(self.data, indent=1) + '\n')
