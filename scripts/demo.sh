#!/usr/bin/env bash
# `make demo`: initialise two demo organisations side by side on one platform (清河县科学技术局 QHKJJ
# and 清河县教育局 QHJYJ, each from its own policy file) and run one item of each through the whole
# 三审三校 process to publication (each with its own 索引号), then print the verified history.
# Everything the demo makes lives in its own folder (var/demo, or SANSHEN_DEMO_DIR): its database,
# site, mail and Prefect home. It empties that folder only, and ignores the caller's
# SANSHEN_DATABASE_URL, so no other database, site or mail is ever touched.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEMO=${SANSHEN_DEMO_DIR:-$ROOT/var/demo}
case "$DEMO" in /*) ;; *) DEMO="$PWD/$DEMO" ;; esac
PY="$ROOT/.venv/bin/python"
S="$ROOT/.venv/bin/sanshen"
if [ -n "${SANSHEN_DEMO_DIR:-}" ] && [ -e "$DEMO" ] && [ ! -e "$DEMO/.sanshen-demo" ] && [ -n "$(ls -A "$DEMO")" ]; then
  echo "错误：$DEMO 已存在且不是演示目录，演示不会删除它；请用 SANSHEN_DEMO_DIR 指定另一个目录" >&2
  exit 1
fi
mkdir -p "$DEMO"  # emptied but for Prefect's own database, kept to spare its migrations on the next run
find "$DEMO" -mindepth 1 -maxdepth 1 ! -name prefect -exec rm -rf {} +
touch "$DEMO/.sanshen-demo"
cd "$DEMO"  # the demo policy's relative paths (channel.path: site) resolve here
export SANSHEN_DATABASE_URL="sqlite:///$DEMO/sanshen.db"
export PREFECT_HOME="$DEMO/prefect"
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="${PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS:-180}"
export SANSHEN_CHECKPOINT_KEY="$DEMO/checkpoint.key"  # the key that signs the demo's checkpoints
mkdir -p "$PREFECT_HOME"
FREE_PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export SANSHEN_SMTP_HOST=127.0.0.1 SANSHEN_SMTP_PORT="${SANSHEN_SMTP_PORT:-$FREE_PORT}" SANSHEN_SMTP_TLS=none

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

sed 's#^  path: var/site$#  path: site#' "$ROOT/sanshen/data/demo_policy.yaml" > policy.yaml
grep -q '^  path: site$' policy.yaml
sed 's#^  path: var/site$#  path: site#' "$ROOT/sanshen/data/demo_policy_education.yaml" > policy-jyj.yaml
grep -q '^  path: site$' policy-jyj.yaml  # each organisation's site goes to site/<its code>/
step "建库并载入两个演示单位（数据都在 $DEMO）"
$S init --policy policy.yaml
$S init --policy policy-jyj.yaml
$S orgs

step "启动本地邮件接收器（127.0.0.1:$SANSHEN_SMTP_PORT，邮件存入 $DEMO/mail）"
$S mail-sink --port "$SANSHEN_SMTP_PORT" --dir mail > mail-sink.log 2>&1 &
SINK=$!
trap 'kill $SINK 2>/dev/null || true' EXIT
for _ in $(seq 50); do  # wait (at most ~10 s) until the sink accepts connections
  "$PY" -c "import socket; socket.create_connection(('127.0.0.1', $SANSHEN_SMTP_PORT), 1)" 2>/dev/null && break
  sleep 0.2
done

id_of() { "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
step "科技局撰稿人王芳（wangfang@QHKJJ）与教育局撰稿人王芳芳（wangfang@QHJYJ）各提交一份稿件"
ITEM=$($S submit --as wangfang@QHKJJ --title "关于举办清河县2026年科普宣传周活动的通知" \
        --body-file "$ROOT/sanshen/data/demo_item.txt" --formed-on 2026-11-20 --json | id_of)
ITEM2=$($S submit --as wangfang@QHJYJ --title "关于做好2026年冬季校园安全工作的通知" \
        --body-file "$ROOT/sanshen/data/demo_item_education.txt" --formed-on 2026-11-20 --json | id_of)
echo "科技局稿件编号 $ITEM，教育局稿件编号 $ITEM2"
step "两个单位的同名用户各自只看到本单位的待办；对方单位的稿件如同不存在"
$S queue --as linfeng@QHKJJ
$S queue --as linfeng@QHJYJ
$S show "$ITEM" --as linfeng@QHJYJ || true

decide() {  # decide STAGE-LABEL ITEM USER@CODE OPINION
  step "$1：$3 认领并通过"
  $S queue --as "$3"
  $S claim "$2" --as "$3"
  $S approve "$2" --as "$3" -m "$4"
}

decide "保密审查" "$ITEM" linfeng@QHKJJ "经审查，不涉及国家秘密和工作秘密，同意公开。"
decide "保密审查" "$ITEM2" linfeng@QHJYJ "经审查，不涉密，同意公开。"
step "涉敏审核：自动检查（Prefect 调度器处理待办作业）"
$S worker --until-idle
$S show "$ITEM" | sed -n 1,3p
decide "初审" "$ITEM" chenjun "内容属实，格式规范，同意。"
decide "复审" "$ITEM" guolei "符合政务公开规定，同意。"
decide "终审" "$ITEM" liuyang "同意发布。"
decide "一校" "$ITEM" fengyu "已校对。"
decide "二校" "$ITEM" caihong "已校对。"
decide "三校" "$ITEM" dengyun "已校对，同意发布。"
decide "初审（教育局）" "$ITEM2" luoping "同意。"
decide "复审（教育局）" "$ITEM2" shenhua "同意。"
decide "终审（教育局）" "$ITEM2" yuanjie "同意发布。"
decide "一校（教育局）" "$ITEM2" jiangbo "已校对。"
decide "二校（教育局）" "$ITEM2" dongmei "已校对。"
decide "三校（教育局）" "$ITEM2" kongliang "已校对，同意发布。"
step "发布：Prefect 调度器生成两个单位各自的网站页面并投递通知邮件"
$S worker --until-idle
$S show "$ITEM" | sed -n 1,4p
$S show "$ITEM2" | sed -n 1,4p

step "审批历史（重放并校验）"
$S history "$ITEM"
step "全库校验，再按单位分别校验"
$S verify
$S verify
$S verify --org QHJYJ
step "签名检查点：生成密钥、签署账本、发布到透明度页面，并对照检查点核验"
$S checkpoint --init-key
$S checkpoint
$S verify --checkpoint site/checkpoints/1.json
$S verify --since-checkpoint
step "本地邮件接收器收到的邮件（sanshen mail N 查看全文）"
$S mail --dir mail | sed -n 1,40p
$S mail 1 --dir mail | sed -n 1,12p
step "两个单位各自的网站（保存在数据库中，导出到 site/单位代码/；各自的目录和订阅源只列本单位的稿件）"
$S site export site
ls site site/QHKJJ/items site/QHJYJ/items
echo "科技局目录列出的稿件：$(grep -o 'items/[0-9]*\.html' site/QHKJJ/index.html | tr '\n' ' ')"
echo "教育局目录列出的稿件：$(grep -o 'items/[0-9]*\.html' site/QHJYJ/index.html | tr '\n' ' ')"
if grep -q "冬季校园安全" site/QHKJJ/index.html site/QHKJJ/feed.xml; then  # the education bureau's item is its own
  echo "错误：科技局的网站列出了教育局的稿件" >&2; exit 1
fi

step "记录与报表（由重放校验后的审批账本生成）"
mkdir -p records
MONTH=$(date +%Y-%m)
$S form "$ITEM" --format pdf --output "records/approval-form-$ITEM.pdf"
$S form "$ITEM" --sheet confidentiality --format pdf --output "records/confidentiality-sheet-$ITEM.pdf"
$S report confidentiality --month "$MONTH" --format xlsx --output "records/confidentiality-$MONTH.xlsx"
$S report register --from "$MONTH-01" --to "$(date +%F)" --format xlsx --output "records/register-$MONTH.xlsx"
$S report register --from "$MONTH-01" --to "$(date +%F)"
$S report annual --year "$(date +%Y)" --format pdf --output "records/annual-$(date +%Y).pdf"
$S report annual --year "$(date +%Y)" | sed -n 1,8p
PACKAGE=$($S archive --period "$MONTH" --output "$DEMO/archive" --json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["package"])')
$S archive verify "$PACKAGE"

step "演示数据在哪里"
cat <<EOF
数据库：$DEMO/sanshen.db
网站：  $DEMO/site（每个单位一个网站：科技局 $DEMO/site/QHKJJ/items/$ITEM.html，
        教育局 $DEMO/site/QHJYJ/items/$ITEM2.html，索引号 QHJYJ-…）
邮件：  $DEMO/mail
记录：  $DEMO/records（审批单、保密审查单、保密审查汇总表、发布登记台账、年度报告统计）
归档：  $PACKAGE（BagIt 归档移交包）
用命令行查看演示数据（再次运行 make demo 只重建 $DEMO，其他数据库、网站和邮件不受影响）：
  export SANSHEN_DATABASE_URL=sqlite:///$DEMO/sanshen.db
  $S orgs
  $S users
  $S history $ITEM
  $S mail --dir $DEMO/mail
  $S report register --from $MONTH-01 --to $(date +%F)
EOF

DEMO_PASSWORD="${DEMO_PASSWORD:-qinghe-demo-2026}"
DEMO_PORT="${DEMO_PORT:-8000}"
step "网页登录：为每位演示人员设置同一密码"
USERS=$($S users --json | "$PY" -c 'import json,sys; print(" ".join(p["username"] + "@" + p["organisation"] for p in json.load(sys.stdin)))')
echo "$DEMO_PASSWORD" | $S passwd $USERS --password-stdin > /dev/null
cat <<EOF
网址：http://127.0.0.1:$DEMO_PORT/     （已发布网站：http://127.0.0.1:$DEMO_PORT/site/QHKJJ/ 与 /site/QHJYJ/）
密码（所有演示人员相同）：$DEMO_PASSWORD
  撰稿人 wangfang（王芳）、zhaomin（赵敏）     保密审查 linfeng（林峰）     涉敏审核 hanbing（韩冰）
  初审 chenjun（陈军）   复审 guolei（郭磊）   终审 liuyang（刘洋）
  一校 fengyu（冯雨）    二校 caihong（蔡虹）  三校 dengyun（邓云）
  审计员 qianjin（钱进）   系统管理员 admin
接口：http://127.0.0.1:$DEMO_PORT/api/v1/docs（令牌：sanshen token create wangfang --json）
EOF
SERVE_DEFAULT=0; [ -t 0 ] && SERVE_DEFAULT=1  # serve when run from a terminal; DEMO_SERVE=1|0 decides otherwise
if [ "${DEMO_SERVE:-$SERVE_DEFAULT}" = "0" ]; then
  echo "不启动网页服务（不在终端中运行，或 DEMO_SERVE=0；启动：cd $DEMO && SANSHEN_DATABASE_URL=$SANSHEN_DATABASE_URL SANSHEN_MAIL_DIR=$DEMO/mail $S serve --port $DEMO_PORT）"
  exit 0
fi
step "网页服务运行中（Ctrl-C 结束）"
SANSHEN_MAIL_DIR="$DEMO/mail" $S serve --port "$DEMO_PORT"
