"""`make demo` keeps everything it makes in its own folder and deletes nothing else."""

import os
import subprocess
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_leaves_another_databases_site_and_mail_untouched_and_says_where_its_own_are(tmp_path):
    sentinels = [ROOT / "var" / "site" / "items" / f"1-{uuid.uuid4().hex}.html",
                 ROOT / "var" / "mail" / "new" / f"keep-{uuid.uuid4().hex}",
                 tmp_path / "other" / "site" / "index.html"]
    other_db = tmp_path / "other" / "sanshen.db"
    for sentinel in sentinels:
        sentinel.parent.mkdir(parents=True, exist_ok=True)
        sentinel.write_text("另一个数据库的内容", encoding="utf-8")
    other_db.write_bytes(b"not touched")
    demo = tmp_path / "demo"
    (demo / "site" / "items").mkdir(parents=True)  # a previous run's leftovers are rebuilt
    (demo / ".sanshen-demo").touch()
    (demo / "site" / "items" / "99.html").write_text("上一次演示", encoding="utf-8")
    env = {**os.environ, "SANSHEN_DEMO_DIR": str(demo), "SANSHEN_DATABASE_URL": f"sqlite:///{other_db}"}
    env.pop("PREFECT_HOME", None)
    try:
        done = subprocess.run(["bash", str(ROOT / "scripts" / "demo.sh")], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr[-2000:]
        for sentinel in sentinels:
            assert sentinel.read_text(encoding="utf-8") == "另一个数据库的内容", sentinel
        assert other_db.read_bytes() == b"not touched"
        assert sorted(p.name for p in (demo / "site" / "items").iterdir()) == ["1.html"]
        assert any((demo / "mail" / "new").iterdir())
        assert f"export SANSHEN_DATABASE_URL=sqlite:///{demo}/sanshen.db" in done.stdout
        assert f"邮件：  {demo}/mail" in done.stdout and f"网站：  {demo}/site" in done.stdout
    finally:
        for sentinel in sentinels[:2]:
            sentinel.unlink(missing_ok=True)
