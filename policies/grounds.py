"""Refusal grounds (不予公开/不予发布) of the Regulations on Open Government Information."""

REFUSAL_GROUNDS: dict[str, str] = {
    "state_secret": "属于国家秘密",
    "barred_by_law": "法律、行政法规禁止公开",
    "endangers_security": "公开后可能危及国家安全、公共安全、经济安全、社会稳定",
    "commercial_secret": "涉及商业秘密",
    "personal_privacy": "涉及个人隐私",
    "internal_affairs": "属于内部事务信息",
    "process_information": "属于过程性信息",
    "law_enforcement_file": "属于行政执法案卷信息",
}

DISCLOSURE_ATTRIBUTES: dict[str, str] = {
    "proactive": "主动公开",
    "on_request": "依申请公开",
    "not_disclosed": "不予公开",
}
