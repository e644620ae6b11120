"""Each record (forms, sheets, reports) as a Document: the same fields in every format."""

from typing import Any

from .documents import Document

VERIFIED = "以上记录经重放校验无误"
UNVERIFIED = "警告：审批记录校验失败，请运行 sanshen verify"


def _verdict(data: dict[str, Any]) -> list[str]:
    return [VERIFIED if data["verified"] else UNVERIFIED]


def approval_form(data: dict[str, Any]) -> Document:
    secrets = data["contains_secrets"]
    return Document(
        f"{data['organisation']}信息发布审批单",
        [("稿件编号", data["item_id"]), ("索引号", data["index_number"] or "（发布时编制）"),
         ("公开属性", data["disclosure"]),
         *([("不予公开理由", f"{data['disclosure_ground']}：{data['disclosure_reason']}")]
           if data.get("disclosure_ground") else []),
         ("撰稿单位", data["department"]), ("撰稿人", data["drafter"]),
         ("提交时间", (data["submitted_at"] or "")[:16].replace("T", " ")), ("信息来源", data["source"]),
         ("信息形成日期", data["formed_on"]),
         ("是否涉密", "尚未审查" if secrets is None else ("是" if secrets["contains"] else "否")),
         ("保密审查意见", secrets and f"{secrets['opinion']}（{secrets['name']}，{secrets['date']}）"),
         ("是否上网发布", data["published_online"]), ("当前环节", data["stage_name"]), ("标题", data["title"]),
         ("版本哈希", data["revision_hash"])],
        [("stage_name", "环节"), ("decision", "决定"), ("ground", "理由"), ("opinion", "意见"), ("name", "姓名"),
         ("role", "角色"), ("date", "日期")], data["steps"], data["body"], _verdict(data))


def confidentiality_sheet(data: dict[str, Any]) -> Document:
    secrets = data["contains_secrets"]
    return Document(
        f"{data['organisation']}保密审查单",
        [("日期", data["date"]), ("单位", f"{data['organisation']}{data['department']}"), ("稿件编号", data["item_id"]),
         ("信息名称", data["title"]), ("信息类别", data["kind"]), ("载体", data["medium"]),
         ("拟发布渠道", data["channel"]), ("拟发布日期", data["intended_on"]),
         ("审查结论", data["decision"] or "尚未审查"),
         ("是否涉密", "尚未审查" if secrets is None else secrets), ("理由", data["ground"]),
         ("保密审查意见", data["opinion"]), ("审查人", data["officer"]), ("审查日期", data["reviewed_on"])],
        notes=_verdict(data))


def confidentiality_month(data: dict[str, Any]) -> Document:
    return Document(
        f"{data['organisation']}保密审查汇总表（{data['month']}）",
        [("月份", data["month"]), ("审查件数", data["reviewed"]), ("同意公开", data["approved"]),
         ("退回修改", data["returned"]), ("不予发布", data["refused"]), ("认定涉密", data["found_secrets"])],
        [("reviewed_on", "审查日期"), ("item_id", "编号"), ("title", "信息名称"), ("department", "单位"),
         ("medium", "载体"), ("channel", "拟发布渠道"), ("intended_on", "拟发布日期"), ("decision", "结论"),
         ("contains_secrets", "涉密"), ("opinion", "意见"), ("officer", "审查人")], data["sheets"],
        notes=_verdict(data))


def register(rows: list[dict[str, Any]], organisation: str, start: str, end: str) -> Document:
    return Document(
        f"{organisation}信息发布登记台账（{start} 至 {end}）", [("登记条数", len(rows))],
        [("index_number", "索引号"), ("title", "标题"), ("key_points", "内容摘要"), ("source", "来源"),
         ("published_at", "发布时间"), ("reviewers", "审核人"), ("disclosure", "公开属性"),
         ("retracted_at", "撤稿时间"), ("retract_reason", "撤稿原因")],
        [{**r, "published_at": r["published_at"][:16].replace("T", " "),
          "retracted_at": (r["retracted_at"] or "")[:16].replace("T", " ") or None} for r in rows],
        notes=[VERIFIED if all(r["verified"] for r in rows) else UNVERIFIED])


def annual(data: dict[str, Any], detail: bool) -> Document:
    late = data["working_days_late"]
    fields: list[tuple[str, Any]] = [
        ("年度", data["year"]), ("主动公开信息数", data["published_proactively"]),
        *((f"　其中：{kind}", n) for kind, n in data["by_kind"].items()),
        ("不予发布数", data["refused"]), *((f"　{ground}", n) for ground, n in data["refused_by_ground"].items()),
        ("撤回数", data["withdrawn"]), ("撤稿数", data["retracted"]), ("依申请公开审批通过数", data["on_request_approved"]),
        ("不予公开（审批备案）数", data["not_disclosed_recorded"]),
        ("超过法定时限发布数", data["past_statutory_limit"]),
        ("超期工作日（合计/最长）", f"{late['total']} / {late['max']}"),
        ("信息形成至发布的工作日中位数", data["median_working_days_to_publication"]),
        ("报送截止日期", data["due_on"])]
    rows = [{"figure": figure, "items": "、".join(map(str, ids))} for figure, ids in data["detail"].items()]
    return Document(f"{data['organisation']}{data['year']}年政府信息公开工作年度报告（系统统计数据）", fields,
                    [("figure", "统计项"), ("items", "稿件编号")] if detail else (), rows if detail else (),
                    notes=_verdict(data))
