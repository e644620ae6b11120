"""The small default lexicon shipped with sanshen; every entry names its source.

Agencies add their own entries (`checks.lexicon` or `checks.lexicon_files` in the policy file).
"""

from .settings import LexiconEntry

GB_INSPECTION = "国办秘函〔2019〕19号《全国政府网站抽查情况通报》所列严重表述错误类型（国名、机构名称错误）"
REFORM_2018 = "《国务院机构改革方案》（2018年3月17日第十三届全国人民代表大会第一次会议批准）"
REFORM_1998 = "《国务院机构改革方案》（1998年3月10日第九届全国人民代表大会第一次会议批准）"
XINHUA = "新华社《新闻报道中常用的禁用词和慎用词》（2016年修订）"

DEFAULT_LEXICON: tuple[LexiconEntry, ...] = (
    LexiconEntry(term="中华人民共合国", correction="中华人民共和国", category="country_name", source=GB_INSPECTION, skip_punct=True),
    LexiconEntry(term="中华人名共和国", correction="中华人民共和国", category="country_name", source=GB_INSPECTION, skip_punct=True),
    LexiconEntry(term="中化人民共和国", correction="中华人民共和国", category="country_name", source=GB_INSPECTION, skip_punct=True),
    LexiconEntry(term="中国共产档", correction="中国共产党", category="party_name", source=GB_INSPECTION, skip_punct=True),
    LexiconEntry(term="全国人民代表大会长务委员会", correction="全国人民代表大会常务委员会", category="body_name", source=GB_INSPECTION),
    LexiconEntry(term="国务院办工厅", correction="国务院办公厅", category="body_name", source=GB_INSPECTION),
    LexiconEntry(term="中国特色社会主意", correction="中国特色社会主义", category="formulation", source=GB_INSPECTION),
    LexiconEntry(term="国家科学技术委员会", correction="科学技术部", category="outdated_body", severity="warn", source=REFORM_1998),
    LexiconEntry(term="国家发展计划委员会", correction="国家发展和改革委员会", category="outdated_body", severity="warn", source=REFORM_1998),
    LexiconEntry(term="国家卫生和计划生育委员会", correction="国家卫生健康委员会", category="outdated_body", severity="warn", source=REFORM_2018),
    LexiconEntry(term="国土资源部", correction="自然资源部", category="outdated_body", severity="warn", source=REFORM_2018),
    LexiconEntry(term="环境保护部", correction="生态环境部", category="outdated_body", severity="warn", source=REFORM_2018),
    LexiconEntry(term="国家工商行政管理总局", correction="国家市场监督管理总局", category="outdated_body", severity="warn", source=REFORM_2018),
    LexiconEntry(term="国家质量监督检验检疫总局", correction="国家市场监督管理总局", category="outdated_body", severity="warn", source=REFORM_2018),
    LexiconEntry(term="台湾政府", correction="台湾当局", category="formulation", source=XINHUA),
    LexiconEntry(term="台湾总统", correction="台湾地区领导人", category="formulation", source=XINHUA),
    LexiconEntry(term="北朝鲜", correction="朝鲜", category="formulation", severity="warn", source=XINHUA),
    LexiconEntry(term="北韩", correction="朝鲜", category="formulation", severity="warn", source=XINHUA),
)
