"""An education-bureau policy file (QHJYJ) that names its own templates, written beside its template files."""

from pathlib import Path

from tests.platform_helpers import EDUCATION

MARKER = "教育局自定义页面"
MAIL_MARKER = "教育局自定义邮件"
CUSTOM_ITEM = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ item.title }}</title></head>'
               f'<body><p class="own-marker">{MARKER}</p><h1>{{{{ item.title }}}}</h1>'
               '<p>{{ organisation }} · {{ item.index_number }}</p></body></html>\n')


def education_with(folder: Path, templates: dict[str, str], name: str = "jyj.yaml") -> Path:
    """QHJYJ's policy in `folder`, with `templates` (template name -> text) written as files it names."""
    lines = ["templates:"]
    for number, (template, text) in enumerate(sorted(templates.items())):
        file_name = f"own-{number}-{template.replace('/', '-')}"
        (folder / file_name).write_text(text, encoding="utf-8")
        lines.append(f"  {template}: {file_name}")
    policy = folder / name
    policy.write_text(EDUCATION.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(lines) + "\n",
                      encoding="utf-8")
    return policy
