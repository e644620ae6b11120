"""`make demo` keeps everything it makes in its own folder and deletes nothing else."""

import os
import signal
import subprocess
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_leaves_another_databases_site_and_mail_untouched_and_says_where_its_own_are(tmp_path):
    sentinels = [ROOT / "var" / "site" / "items" / f"1-{uuid.uuid4().hex}.html",
                 ROOT / "var" / "mail" / "new" / f"keep-{uuid.uuid4().hex}",
                 tmp_path / "other" / "site" / "index.html"]
    other_db = tmp_path / "other" / "sanshen.db"
    created = [folder for sentinel in sentinels[:2] for folder in reversed(sentinel.parents) if not folder.exists()]
    for sentinel in sentinels:
        sentinel.parent.mkdir(parents=True, exist_ok=True)
        sentinel.write_text("另一个数据库的内容", encoding="utf-8")
    other_db.write_bytes(b"not touched")
    demo = tmp_path / "demo"
    (demo / "site" / "items").mkdir(parents=True)  # a previous run's leftovers are rebuilt
    (demo / ".sanshen-demo").touch()
    (demo / "site" / "items" / "99.html").write_text("上一次演示", encoding="utf-8")
    if os.environ.get("PREFECT_HOME"):  # the suite's Prefect database, migrated once: the demo keeps demo/prefect
        (demo / "prefect").symlink_to(os.environ["PREFECT_HOME"], target_is_directory=True)
    env = {**os.environ, "SANSHEN_DEMO_DIR": str(demo), "SANSHEN_DATABASE_URL": f"sqlite:///{other_db}",
           "DEMO_SERVE": "0"}
    env.pop("PREFECT_HOME", None)
    log = tmp_path / "demo.log"
    try:
        with log.open("w") as out:  # a file, not a pipe: a temporary Prefect server may outlive the demo
            returncode = subprocess.run(["bash", str(ROOT / "scripts" / "demo.sh")], env=env, cwd=tmp_path,
                                        stdout=out, stderr=subprocess.STDOUT, timeout=900).returncode
        output = log.read_text(encoding="utf-8")
        assert returncode == 0, output[-2000:]
        for sentinel in sentinels:
            assert sentinel.read_text(encoding="utf-8") == "另一个数据库的内容", sentinel
        assert other_db.read_bytes() == b"not touched"
        assert [p.name for p in (demo / "site" / "QHKJJ" / "items").iterdir()] == ["1.html"]  # each its own site
        assert [p.name for p in (demo / "site" / "QHJYJ" / "items").iterdir()] == ["2.html"]
        assert not (demo / "site" / "items").exists()
        education = (demo / "site" / "QHJYJ" / "items" / "2.html").read_text(encoding="utf-8")
        assert "QHJYJ-2026-00001" in education and "清河县教育局" in education  # each organisation's 索引号 and name
        science = (demo / "site" / "QHKJJ" / "index.html").read_text(encoding="utf-8")
        assert "items/1.html" in science and "items/2.html" not in science and "清河县教育局" not in science
        assert any((demo / "mail" / "new").iterdir())
        assert f"export SANSHEN_DATABASE_URL=sqlite:///{demo}/sanshen.db" in output
        assert f"邮件：  {demo}/mail" in output and f"网站：  {demo}/site" in output
        assert "密码（所有演示人员相同）：qinghe-demo-2026" in output and "审计员 qianjin" in output
    finally:
        for sentinel in sentinels[:2]:
            sentinel.unlink(missing_ok=True)
        for folder in reversed(created):
            if folder.exists() and not any(folder.iterdir()):
                folder.rmdir()
        _stop_servers_left_by(demo)


def _stop_servers_left_by(demo: Path) -> None:
    """Stop a temporary Prefect server this demo's workers left running (they sometimes do), by its pid."""
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            started_here = str(demo).encode() in (proc / "environ").read_bytes()
            is_server = b"prefect.server.api.server" in (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if started_here and is_server:
            os.kill(int(proc.name), signal.SIGTERM)
