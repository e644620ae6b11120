"""Reading the policy file from disk (the pure parsing lives in policies.config)."""

from pathlib import Path

from .policies.config import Policy, PolicyError, parse_policy_text

DEMO_POLICY = Path(__file__).parent / "data" / "demo_policy.yaml"


def load_policy(path: Path) -> Policy:
    """Read and validate a YAML or TOML policy file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(f"找不到策略文件：{path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"无法读取策略文件 {path}：{exc}") from None
    return parse_policy_text(raw, path.name)
