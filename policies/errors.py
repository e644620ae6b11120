"""The one exception every rule raises: it names the rule broken and says why, in Chinese."""


class RuleBroken(Exception):
    """A command was refused by a named rule of the process or the policy."""

    def __init__(self, rule: str, message: str):
        super().__init__(message)
        self.rule = rule
        self.message = message

    def __str__(self) -> str:
        return f"{self.message}（规则：{self.rule}）"
