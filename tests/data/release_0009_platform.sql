BEGIN TRANSACTION;
CREATE TABLE access_log (
	id INTEGER NOT NULL, 
	at VARCHAR(40) NOT NULL, 
	username VARCHAR(64) NOT NULL, 
	address VARCHAR(64) NOT NULL, 
	action VARCHAR(32) NOT NULL, 
	detail TEXT NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE accounts (
	username VARCHAR(64) NOT NULL, 
	password_hash VARCHAR(200) NOT NULL, 
	changed_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (username)
);
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0009');
CREATE TABLE api_tokens (
	id INTEGER NOT NULL, 
	username VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	last_used_at VARCHAR(40), 
	revoked_at VARCHAR(40), 
	PRIMARY KEY (id), 
	UNIQUE (token_hash)
);
CREATE TABLE checkpoint_heads (
	item_id INTEGER NOT NULL, 
	checkpoint_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	head_hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (item_id, checkpoint_id), 
	FOREIGN KEY(checkpoint_id) REFERENCES checkpoints (id)
);
CREATE TABLE checkpoints (
	id INTEGER NOT NULL, 
	at VARCHAR(40) NOT NULL, 
	items INTEGER NOT NULL, 
	events INTEGER NOT NULL, 
	root VARCHAR(64) NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	signature VARCHAR(128) NOT NULL, 
	public_key VARCHAR(64) NOT NULL, 
	verified_at VARCHAR(40), 
	PRIMARY KEY (id), 
	UNIQUE (hash)
);
CREATE TABLE "departments" (
	id VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_departments PRIMARY KEY (organisation_id, id), 
	CONSTRAINT fk_departments_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id)
);
INSERT INTO "departments" VALUES('office','办公室',1);
INSERT INTO "departments" VALUES('planning','科技计划与成果科',1);
INSERT INTO "departments" VALUES('hitech','高新技术与产业科',1);
INSERT INTO "departments" VALUES('rural','农村科技与社会发展科',1);
INSERT INTO "departments" VALUES('leadership','局领导',1);
INSERT INTO "departments" VALUES('office','办公室',2);
INSERT INTO "departments" VALUES('basic','基础教育股',2);
INSERT INTO "departments" VALUES('leadership','局领导',2);
CREATE TABLE events (
	item_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	event VARCHAR(32) NOT NULL, 
	actor VARCHAR(64) NOT NULL, 
	role VARCHAR(64) NOT NULL, 
	from_stage VARCHAR(32) NOT NULL, 
	to_stage VARCHAR(32) NOT NULL, 
	revision_hash VARCHAR(64), 
	opinion TEXT, 
	ground VARCHAR(64), 
	detail TEXT NOT NULL, 
	at VARCHAR(40) NOT NULL, 
	policy_version INTEGER NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, command_key VARCHAR(100), 
	PRIMARY KEY (item_id, seq), 
	FOREIGN KEY(item_id) REFERENCES items (id)
);
CREATE TABLE "index_counters" (
	prefix VARCHAR(64) NOT NULL, 
	year INTEGER NOT NULL, 
	last INTEGER NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_index_counters PRIMARY KEY (organisation_id, prefix, year), 
	CONSTRAINT fk_index_counters_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id)
);
CREATE TABLE installation (
	id VARCHAR(32) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "installation" VALUES('2e9b23b84aa044819bdcfc77701a86a5','migration 0002');
CREATE TABLE "items" (
	id INTEGER NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	drafter VARCHAR(64) NOT NULL, 
	department_id VARCHAR(64) NOT NULL, 
	stage VARCHAR(32) NOT NULL, 
	version INTEGER NOT NULL, 
	revision_hash VARCHAR(64), 
	disclosure VARCHAR(16) NOT NULL, 
	source VARCHAR(500) NOT NULL, 
	channel VARCHAR(32) NOT NULL, 
	formed_on VARCHAR(10), 
	index_number VARCHAR(64), 
	last_seq INTEGER NOT NULL, 
	head_hash VARCHAR(64) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	updated_at VARCHAR(40) NOT NULL, 
	kind VARCHAR(64), 
	interprets INTEGER, 
	interpretation_form VARCHAR(64), 
	intended_on VARCHAR(10), 
	disclosure_ground VARCHAR(32), 
	disclosure_reason TEXT, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_items PRIMARY KEY (id), 
	CONSTRAINT fk_items_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	CONSTRAINT fk_items_drafter_people_org FOREIGN KEY(organisation_id, drafter) REFERENCES people (organisation_id, username), 
	CONSTRAINT fk_items_department_id_departments_org FOREIGN KEY(organisation_id, department_id) REFERENCES departments (organisation_id, id), 
	UNIQUE (index_number)
);
CREATE TABLE "jobs" (
	id INTEGER NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	item_id INTEGER NOT NULL, 
	"key" VARCHAR(128) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	attempts INTEGER NOT NULL, 
	claimed_by VARCHAR(128), 
	lease_until VARCHAR(40), 
	last_error TEXT, 
	created_at VARCHAR(40) NOT NULL, 
	finished_at VARCHAR(40), 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_jobs PRIMARY KEY (id), 
	CONSTRAINT fk_jobs_item_id_items FOREIGN KEY(item_id) REFERENCES items (id), 
	CONSTRAINT fk_jobs_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	UNIQUE ("key")
);
CREATE TABLE organisations (
	id INTEGER NOT NULL, 
	code VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code)
);
INSERT INTO "organisations" VALUES(1,'QHKJJ','清河县科学技术局','2026-11-24T09:30:00+08:00');
INSERT INTO "organisations" VALUES(2,'QHJYJ','清河县教育局','2026-11-24T09:30:00+08:00');
CREATE TABLE "outbox" (
	id INTEGER NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	item_id INTEGER, 
	kind VARCHAR(32) NOT NULL, 
	recipient VARCHAR(64) NOT NULL, 
	address VARCHAR(320) NOT NULL, 
	subject VARCHAR(500) NOT NULL, 
	message TEXT NOT NULL, 
	message_id VARCHAR(200) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at VARCHAR(40), 
	last_error TEXT, 
	created_at VARCHAR(40) NOT NULL, 
	sent_at VARCHAR(40), 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_outbox PRIMARY KEY (id), 
	CONSTRAINT fk_outbox_item_id_items FOREIGN KEY(item_id) REFERENCES items (id), 
	CONSTRAINT fk_outbox_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	UNIQUE ("key")
);
CREATE TABLE "people" (
	username VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	department_id VARCHAR(64) NOT NULL, 
	email VARCHAR(320), 
	notify VARCHAR(16) NOT NULL, 
	active BOOLEAN NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_people PRIMARY KEY (organisation_id, username), 
	CONSTRAINT fk_people_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	CONSTRAINT fk_people_department_id_departments_org FOREIGN KEY(organisation_id, department_id) REFERENCES departments (organisation_id, id)
);
INSERT INTO "people" VALUES('wangfang','王芳','planning','wangfang@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('liqiang','李强','planning','liqiang@kjj.qinghe.example','digest',1,1);
INSERT INTO "people" VALUES('zhaomin','赵敏','hitech','zhaomin@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('sunli','孙丽','rural','sunli@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('zhouhui','周慧','office','zhouhui@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('chenjun','陈军','planning','chenjun@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('yangxue','杨雪','planning','yangxue@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('huangtao','黄涛','hitech','huangtao@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('wujing','吴静','hitech','wujing@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('xuming','徐明','rural','xuming@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('hexin','何欣','rural','hexin@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('guolei','郭磊','office','guolei@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('mayan','马艳','office','mayan@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('linfeng','林峰','office','linfeng@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('songjia','宋佳','office','songjia@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('hanbing','韩冰','office','hanbing@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('liuyang','刘洋','leadership','liuyang@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('zhangwei','张伟','leadership','zhangwei@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('zhengguo','郑国','leadership','zhengguo@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('fengyu','冯雨','office','fengyu@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('caihong','蔡虹','office','caihong@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('dengyun','邓云','planning','dengyun@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('panlin','潘琳','rural','panlin@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('qianjin','钱进','office','qianjin@kjj.qinghe.example','none',1,1);
INSERT INTO "people" VALUES('admin','系统管理员','office',NULL,'none',1,1);
INSERT INTO "people" VALUES('wangfang','王芳芳','basic','wangfang@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('tianye','田野','basic','tianye@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('luoping','罗平','basic','luoping@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('jiangbo','江波','basic','jiangbo@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('linfeng','林风','office','linfeng@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('qiuyue','邱月','office','qiuyue@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('shenhua','沈华','office','shenhua@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('dongmei','董梅','office','dongmei@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('yuanjie','袁杰','leadership','yuanjie@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('kongliang','孔亮','leadership','kongliang@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('jyjadmin','系统管理员','office',NULL,'none',1,2);
CREATE TABLE "person_roles" (
	username VARCHAR(64) NOT NULL, 
	role VARCHAR(64) NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_person_roles PRIMARY KEY (organisation_id, username, role), 
	CONSTRAINT fk_person_roles_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	CONSTRAINT fk_person_roles_username_people_org FOREIGN KEY(organisation_id, username) REFERENCES people (organisation_id, username)
);
INSERT INTO "person_roles" VALUES('wangfang','drafter',1);
INSERT INTO "person_roles" VALUES('liqiang','drafter',1);
INSERT INTO "person_roles" VALUES('zhaomin','drafter',1);
INSERT INTO "person_roles" VALUES('sunli','drafter',1);
INSERT INTO "person_roles" VALUES('zhouhui','drafter',1);
INSERT INTO "person_roles" VALUES('zhouhui','sensitivity_reviewer',1);
INSERT INTO "person_roles" VALUES('chenjun','department_head',1);
INSERT INTO "person_roles" VALUES('yangxue','department_head',1);
INSERT INTO "person_roles" VALUES('huangtao','department_head',1);
INSERT INTO "person_roles" VALUES('wujing','department_head',1);
INSERT INTO "person_roles" VALUES('xuming','department_head',1);
INSERT INTO "person_roles" VALUES('hexin','department_head',1);
INSERT INTO "person_roles" VALUES('guolei','department_head',1);
INSERT INTO "person_roles" VALUES('guolei','office_head',1);
INSERT INTO "person_roles" VALUES('mayan','office_head',1);
INSERT INTO "person_roles" VALUES('mayan','department_head',1);
INSERT INTO "person_roles" VALUES('linfeng','confidentiality_officer',1);
INSERT INTO "person_roles" VALUES('songjia','confidentiality_officer',1);
INSERT INTO "person_roles" VALUES('songjia','sensitivity_reviewer',1);
INSERT INTO "person_roles" VALUES('hanbing','sensitivity_reviewer',1);
INSERT INTO "person_roles" VALUES('liuyang','deputy_leader',1);
INSERT INTO "person_roles" VALUES('zhangwei','deputy_leader',1);
INSERT INTO "person_roles" VALUES('zhengguo','head_of_unit',1);
INSERT INTO "person_roles" VALUES('fengyu','proofreader',1);
INSERT INTO "person_roles" VALUES('caihong','proofreader',1);
INSERT INTO "person_roles" VALUES('dengyun','proofreader',1);
INSERT INTO "person_roles" VALUES('panlin','proofreader',1);
INSERT INTO "person_roles" VALUES('qianjin','auditor',1);
INSERT INTO "person_roles" VALUES('admin','admin',1);
INSERT INTO "person_roles" VALUES('wangfang','drafter',2);
INSERT INTO "person_roles" VALUES('tianye','drafter',2);
INSERT INTO "person_roles" VALUES('luoping','department_head',2);
INSERT INTO "person_roles" VALUES('luoping','proofreader',2);
INSERT INTO "person_roles" VALUES('jiangbo','department_head',2);
INSERT INTO "person_roles" VALUES('jiangbo','proofreader',2);
INSERT INTO "person_roles" VALUES('linfeng','confidentiality_officer',2);
INSERT INTO "person_roles" VALUES('linfeng','sensitivity_reviewer',2);
INSERT INTO "person_roles" VALUES('qiuyue','confidentiality_officer',2);
INSERT INTO "person_roles" VALUES('qiuyue','sensitivity_reviewer',2);
INSERT INTO "person_roles" VALUES('shenhua','office_head',2);
INSERT INTO "person_roles" VALUES('shenhua','department_head',2);
INSERT INTO "person_roles" VALUES('shenhua','proofreader',2);
INSERT INTO "person_roles" VALUES('dongmei','office_head',2);
INSERT INTO "person_roles" VALUES('dongmei','proofreader',2);
INSERT INTO "person_roles" VALUES('yuanjie','deputy_leader',2);
INSERT INTO "person_roles" VALUES('yuanjie','proofreader',2);
INSERT INTO "person_roles" VALUES('kongliang','head_of_unit',2);
INSERT INTO "person_roles" VALUES('kongliang','proofreader',2);
INSERT INTO "person_roles" VALUES('jyjadmin','admin',2);
CREATE TABLE platform_people (
	username VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	email VARCHAR(320), 
	PRIMARY KEY (username)
);
INSERT INTO "platform_people" VALUES('ptadmin','平台管理员','platform_admin','ptadmin@qinghe.example');
INSERT INTO "platform_people" VALUES('inspector','县政府办网站检查员','platform_auditor','inspector@qinghe.example');
CREATE TABLE platform_policies (
	id INTEGER NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	content TEXT NOT NULL, 
	loaded_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "platform_policies" VALUES(1,'7deaa21a1d39754394ffa8bd7fe7dfda1c762ae774918cecf0cce26714a62d51','{"administrators":[{"email":"ptadmin@qinghe.example","name":"平台管理员","username":"ptadmin"}],"auditors":[{"email":"inspector@qinghe.example","name":"县政府办网站检查员","username":"inspector"}],"lexicon":[{"category":"outdated_body","correction":"清河县人民政府办公厅","severity":"warn","skip_punct":false,"source":"平台共用词表（演示条目，虚构）","term":"清河县人民政府办公室"},{"category":"outdated_body","correction":"清河县科学技术局","severity":"block","skip_punct":false,"source":"平台共用词表（演示条目，虚构：机构改革后的名称）","term":"清河县科学技术委员会"}],"locked_rules":["outdated_body","wrong_expression","state_secret_marking","internal_marking"],"mandatory_checks":["confidentiality","sensitivity","privacy"],"platform":{"name":"清河县政府网站集约化平台"}}','2026-11-24T09:30:00+08:00');
CREATE TABLE "policy_versions" (
	id INTEGER NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	content TEXT NOT NULL, 
	loaded_at VARCHAR(40) NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_policy_versions PRIMARY KEY (id), 
	CONSTRAINT fk_policy_versions_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id)
);
INSERT INTO "policy_versions" VALUES(1,'43abcaee76a260dac8f424b9ffa1e5756e2328f936af393bb2ddbdc427d969aa','{"admin_roles":["admin"],"archive":{"path":"var/archive","period":"monthly"},"auditor_roles":["auditor"],"auth":{"failure_window_minutes":15,"max_failures_per_account":5,"max_failures_per_address":20,"session_idle_minutes":30,"trusted_header":null,"trusted_proxies":[]},"calendar":{},"channel":{"path":"var/site","push":null,"type":"static_site"},"checks":{"confidentiality":true,"disabled_rules":[],"header_lines":8,"hotlines":["12345","12315","12348","12333","12320","12319","12369","12366"],"lexicon":[],"lexicon_files":[],"masks":{"bank_card":"keep_4_4","email":"keep_1","id_card":"keep_6_4","landline":"keep_area_2","mobile":"keep_3_4","passport":"keep_1_2"},"privacy":true,"proofreading":true,"sensitivity":true,"use_default_lexicon":true},"default_kind":"notice","departments":[{"id":"office","name":"办公室"},{"id":"planning","name":"科技计划与成果科"},{"id":"hitech","name":"高新技术与产业科"},{"id":"rural","name":"农村科技与社会发展科"},{"id":"leadership","name":"局领导"}],"drafter_roles":["drafter"],"kinds":{"notice":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"通知公告","needs_interpretation":false},"personnel":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"人事信息","needs_interpretation":false},"policy_document":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"政策文件","needs_interpretation":true},"policy_interpretation":{"forms":["文字解读","图表图解","音视频"],"interpreter_roles":[],"interprets":true,"name":"政策解读","needs_interpretation":false},"work_news":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"工作动态","needs_interpretation":false}},"organisation":{"base_url":"http://127.0.0.1:8000/site","code":"QHKJJ","mail_from":"xxgk@kjj.qinghe.example","name":"清河县科学技术局"},"people":[{"department":"planning","email":"wangfang@kjj.qinghe.example","name":"王芳","notify":"immediate","roles":["drafter"],"username":"wangfang"},{"department":"planning","email":"liqiang@kjj.qinghe.example","name":"李强","notify":"digest","roles":["drafter"],"username":"liqiang"},{"department":"hitech","email":"zhaomin@kjj.qinghe.example","name":"赵敏","notify":"immediate","roles":["drafter"],"username":"zhaomin"},{"department":"rural","email":"sunli@kjj.qinghe.example","name":"孙丽","notify":"immediate","roles":["drafter"],"username":"sunli"},{"department":"office","email":"zhouhui@kjj.qinghe.example","name":"周慧","notify":"immediate","roles":["drafter","sensitivity_reviewer"],"username":"zhouhui"},{"department":"planning","email":"chenjun@kjj.qinghe.example","name":"陈军","notify":"immediate","roles":["department_head"],"username":"chenjun"},{"department":"planning","email":"yangxue@kjj.qinghe.example","name":"杨雪","notify":"immediate","roles":["department_head"],"username":"yangxue"},{"department":"hitech","email":"huangtao@kjj.qinghe.example","name":"黄涛","notify":"immediate","roles":["department_head"],"username":"huangtao"},{"department":"hitech","email":"wujing@kjj.qinghe.example","name":"吴静","notify":"immediate","roles":["department_head"],"username":"wujing"},{"department":"rural","email":"xuming@kjj.qinghe.example","name":"徐明","notify":"immediate","roles":["department_head"],"username":"xuming"},{"department":"rural","email":"hexin@kjj.qinghe.example","name":"何欣","notify":"immediate","roles":["department_head"],"username":"hexin"},{"department":"office","email":"guolei@kjj.qinghe.example","name":"郭磊","notify":"immediate","roles":["department_head","office_head"],"username":"guolei"},{"department":"office","email":"mayan@kjj.qinghe.example","name":"马艳","notify":"immediate","roles":["office_head","department_head"],"username":"mayan"},{"department":"office","email":"linfeng@kjj.qinghe.example","name":"林峰","notify":"immediate","roles":["confidentiality_officer"],"username":"linfeng"},{"department":"office","email":"songjia@kjj.qinghe.example","name":"宋佳","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"songjia"},{"department":"office","email":"hanbing@kjj.qinghe.example","name":"韩冰","notify":"immediate","roles":["sensitivity_reviewer"],"username":"hanbing"},{"department":"leadership","email":"liuyang@kjj.qinghe.example","name":"刘洋","notify":"immediate","roles":["deputy_leader"],"username":"liuyang"},{"department":"leadership","email":"zhangwei@kjj.qinghe.example","name":"张伟","notify":"immediate","roles":["deputy_leader"],"username":"zhangwei"},{"department":"leadership","email":"zhengguo@kjj.qinghe.example","name":"郑国","notify":"immediate","roles":["head_of_unit"],"username":"zhengguo"},{"department":"office","email":"fengyu@kjj.qinghe.example","name":"冯雨","notify":"immediate","roles":["proofreader"],"username":"fengyu"},{"department":"office","email":"caihong@kjj.qinghe.example","name":"蔡虹","notify":"immediate","roles":["proofreader"],"username":"caihong"},{"department":"planning","email":"dengyun@kjj.qinghe.example","name":"邓云","notify":"immediate","roles":["proofreader"],"username":"dengyun"},{"department":"rural","email":"panlin@kjj.qinghe.example","name":"潘琳","notify":"immediate","roles":["proofreader"],"username":"panlin"},{"department":"office","email":"qianjin@kjj.qinghe.example","name":"钱进","notify":"none","roles":["auditor"],"username":"qianjin"},{"department":"office","email":null,"name":"系统管理员","notify":"none","roles":["admin"],"username":"admin"}],"proofreading_tolerance":{"max_changed_ratio":0.02,"protect_dates":true,"protect_digits":true,"protect_doc_numbers":true,"protect_names":true},"reminders":{"at_fractions":[0.5],"claim_notice":false,"days_before":[1],"digest_hour":8,"escalate_default":"head_of_unit","escalate_to":{"confidentiality_review":"office_head","first_review":"office_head","proofreading_1":"office_head","proofreading_2":"office_head","proofreading_3":"office_head","sensitivity_check":"office_head"},"statutory_warning_days":3},"retract_roles":["deputy_leader","head_of_unit"],"roles":{"admin":"系统管理员","auditor":"审计员","confidentiality_officer":"保密审查员","department_head":"科室负责人","deputy_leader":"分管领导","drafter":"撰稿人（信息员）","head_of_unit":"主要领导","office_head":"办公室负责人","proofreader":"校对员","sensitivity_reviewer":"涉敏审核员"},"separation_of_duties":"strict","stages":{"confidentiality_review":{"deadline_days":7.0,"roles":["confidentiality_officer"],"scope":"organisation"},"final_review":{"deadline_days":3.0,"roles":["deputy_leader","head_of_unit"],"scope":"organisation"},"first_review":{"deadline_days":3.0,"roles":["department_head"],"scope":"department"},"proofreading_1":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_2":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_3":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"second_review":{"deadline_days":3.0,"roles":["office_head"],"scope":"organisation"},"sensitivity_check":{"deadline_days":2.0,"roles":["sensitivity_reviewer"],"scope":"organisation"}},"statutory_days":20}','2026-11-24T09:30:00+08:00',1);
INSERT INTO "policy_versions" VALUES(2,'f7634c51db6446f220b2ddda782dce637a6951f6f9584d4776a57354fc6ac36b','{"admin_roles":["admin"],"archive":{"path":"var/archive","period":"monthly"},"auditor_roles":[],"auth":{"failure_window_minutes":15,"max_failures_per_account":5,"max_failures_per_address":20,"session_idle_minutes":30,"trusted_header":null,"trusted_proxies":[]},"calendar":{},"channel":{"path":"var/site-jyj","push":null,"type":"static_site"},"checks":{"confidentiality":true,"disabled_rules":[],"header_lines":8,"hotlines":["12345","12315","12348","12333","12320","12319","12369","12366"],"lexicon":[],"lexicon_files":[],"masks":{"bank_card":"keep_4_4","email":"keep_1","id_card":"keep_6_4","landline":"keep_area_2","mobile":"keep_3_4","passport":"keep_1_2"},"privacy":true,"proofreading":true,"sensitivity":true,"use_default_lexicon":true},"default_kind":"notice","departments":[{"id":"office","name":"办公室"},{"id":"basic","name":"基础教育股"},{"id":"leadership","name":"局领导"}],"drafter_roles":["drafter"],"kinds":{"notice":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"通知公告","needs_interpretation":false},"personnel":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"人事信息","needs_interpretation":false},"policy_document":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"政策文件","needs_interpretation":true},"policy_interpretation":{"forms":["文字解读","图表图解","音视频"],"interpreter_roles":[],"interprets":true,"name":"政策解读","needs_interpretation":false},"work_news":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"工作动态","needs_interpretation":false}},"organisation":{"base_url":"http://127.0.0.1:8000/site-jyj","code":"QHJYJ","mail_from":"xxgk@jyj.qinghe.example","name":"清河县教育局"},"people":[{"department":"basic","email":"wangfang@jyj.qinghe.example","name":"王芳芳","notify":"immediate","roles":["drafter"],"username":"wangfang"},{"department":"basic","email":"tianye@jyj.qinghe.example","name":"田野","notify":"immediate","roles":["drafter"],"username":"tianye"},{"department":"basic","email":"luoping@jyj.qinghe.example","name":"罗平","notify":"immediate","roles":["department_head","proofreader"],"username":"luoping"},{"department":"basic","email":"jiangbo@jyj.qinghe.example","name":"江波","notify":"immediate","roles":["department_head","proofreader"],"username":"jiangbo"},{"department":"office","email":"linfeng@jyj.qinghe.example","name":"林风","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"linfeng"},{"department":"office","email":"qiuyue@jyj.qinghe.example","name":"邱月","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"qiuyue"},{"department":"office","email":"shenhua@jyj.qinghe.example","name":"沈华","notify":"immediate","roles":["office_head","department_head","proofreader"],"username":"shenhua"},{"department":"office","email":"dongmei@jyj.qinghe.example","name":"董梅","notify":"immediate","roles":["office_head","proofreader"],"username":"dongmei"},{"department":"leadership","email":"yuanjie@jyj.qinghe.example","name":"袁杰","notify":"immediate","roles":["deputy_leader","proofreader"],"username":"yuanjie"},{"department":"leadership","email":"kongliang@jyj.qinghe.example","name":"孔亮","notify":"immediate","roles":["head_of_unit","proofreader"],"username":"kongliang"},{"department":"office","email":null,"name":"系统管理员","notify":"none","roles":["admin"],"username":"jyjadmin"}],"proofreading_tolerance":{"max_changed_ratio":0.02,"protect_dates":true,"protect_digits":true,"protect_doc_numbers":true,"protect_names":true},"reminders":{"at_fractions":[0.5],"claim_notice":false,"days_before":[1],"digest_hour":8,"escalate_default":"head_of_unit","escalate_to":{},"statutory_warning_days":3},"retract_roles":["deputy_leader","head_of_unit"],"roles":{"admin":"系统管理员","confidentiality_officer":"保密审查员","department_head":"股室负责人","deputy_leader":"分管副局长","drafter":"撰稿人（信息员）","head_of_unit":"局长","office_head":"办公室主任","proofreader":"校对员","sensitivity_reviewer":"涉敏审核员"},"separation_of_duties":"same_level","stages":{"confidentiality_review":{"deadline_days":10.0,"roles":["confidentiality_officer"],"scope":"organisation"},"final_review":{"deadline_days":3.0,"roles":["deputy_leader","head_of_unit"],"scope":"organisation"},"first_review":{"deadline_days":2.0,"roles":["department_head"],"scope":"department"},"proofreading_1":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_2":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_3":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"second_review":{"deadline_days":2.0,"roles":["office_head"],"scope":"organisation"},"sensitivity_check":{"deadline_days":2.0,"roles":["sensitivity_reviewer"],"scope":"organisation"}},"statutory_days":20}','2026-11-24T09:30:00+08:00',2);
INSERT INTO "policy_versions" VALUES(3,'c9a50da8f2103134b22a1caaa060491f88ea4bafe804b232aaa08e78f7a161cf','{"admin_roles":["admin"],"archive":{"path":"var/archive","period":"monthly"},"auditor_roles":["auditor"],"auth":{"failure_window_minutes":15,"max_failures_per_account":5,"max_failures_per_address":20,"session_idle_minutes":30,"trusted_header":null,"trusted_proxies":[]},"calendar":{},"channel":{"path":"var/site","push":null,"type":"static_site"},"checks":{"confidentiality":true,"disabled_rules":[],"header_lines":8,"hotlines":["12345","12315","12348","12333","12320","12319","12369","12366"],"lexicon":[{"category":"outdated_body","correction":"清河县人民政府办公厅","severity":"warn","skip_punct":false,"source":"平台共用词表（演示条目，虚构）","term":"清河县人民政府办公室"},{"category":"outdated_body","correction":"清河县科学技术局","severity":"block","skip_punct":false,"source":"平台共用词表（演示条目，虚构：机构改革后的名称）","term":"清河县科学技术委员会"}],"lexicon_files":[],"masks":{"bank_card":"keep_4_4","email":"keep_1","id_card":"keep_6_4","landline":"keep_area_2","mobile":"keep_3_4","passport":"keep_1_2"},"privacy":true,"proofreading":true,"sensitivity":true,"use_default_lexicon":true},"default_kind":"notice","departments":[{"id":"office","name":"办公室"},{"id":"planning","name":"科技计划与成果科"},{"id":"hitech","name":"高新技术与产业科"},{"id":"rural","name":"农村科技与社会发展科"},{"id":"leadership","name":"局领导"}],"drafter_roles":["drafter"],"kinds":{"notice":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"通知公告","needs_interpretation":false},"personnel":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"人事信息","needs_interpretation":false},"policy_document":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"政策文件","needs_interpretation":true},"policy_interpretation":{"forms":["文字解读","图表图解","音视频"],"interpreter_roles":[],"interprets":true,"name":"政策解读","needs_interpretation":false},"work_news":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"工作动态","needs_interpretation":false}},"organisation":{"base_url":"http://127.0.0.1:8000/site","code":"QHKJJ","mail_from":"xxgk@kjj.qinghe.example","name":"清河县科学技术局"},"people":[{"department":"planning","email":"wangfang@kjj.qinghe.example","name":"王芳","notify":"immediate","roles":["drafter"],"username":"wangfang"},{"department":"planning","email":"liqiang@kjj.qinghe.example","name":"李强","notify":"digest","roles":["drafter"],"username":"liqiang"},{"department":"hitech","email":"zhaomin@kjj.qinghe.example","name":"赵敏","notify":"immediate","roles":["drafter"],"username":"zhaomin"},{"department":"rural","email":"sunli@kjj.qinghe.example","name":"孙丽","notify":"immediate","roles":["drafter"],"username":"sunli"},{"department":"office","email":"zhouhui@kjj.qinghe.example","name":"周慧","notify":"immediate","roles":["drafter","sensitivity_reviewer"],"username":"zhouhui"},{"department":"planning","email":"chenjun@kjj.qinghe.example","name":"陈军","notify":"immediate","roles":["department_head"],"username":"chenjun"},{"department":"planning","email":"yangxue@kjj.qinghe.example","name":"杨雪","notify":"immediate","roles":["department_head"],"username":"yangxue"},{"department":"hitech","email":"huangtao@kjj.qinghe.example","name":"黄涛","notify":"immediate","roles":["department_head"],"username":"huangtao"},{"department":"hitech","email":"wujing@kjj.qinghe.example","name":"吴静","notify":"immediate","roles":["department_head"],"username":"wujing"},{"department":"rural","email":"xuming@kjj.qinghe.example","name":"徐明","notify":"immediate","roles":["department_head"],"username":"xuming"},{"department":"rural","email":"hexin@kjj.qinghe.example","name":"何欣","notify":"immediate","roles":["department_head"],"username":"hexin"},{"department":"office","email":"guolei@kjj.qinghe.example","name":"郭磊","notify":"immediate","roles":["department_head","office_head"],"username":"guolei"},{"department":"office","email":"mayan@kjj.qinghe.example","name":"马艳","notify":"immediate","roles":["office_head","department_head"],"username":"mayan"},{"department":"office","email":"linfeng@kjj.qinghe.example","name":"林峰","notify":"immediate","roles":["confidentiality_officer"],"username":"linfeng"},{"department":"office","email":"songjia@kjj.qinghe.example","name":"宋佳","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"songjia"},{"department":"office","email":"hanbing@kjj.qinghe.example","name":"韩冰","notify":"immediate","roles":["sensitivity_reviewer"],"username":"hanbing"},{"department":"leadership","email":"liuyang@kjj.qinghe.example","name":"刘洋","notify":"immediate","roles":["deputy_leader"],"username":"liuyang"},{"department":"leadership","email":"zhangwei@kjj.qinghe.example","name":"张伟","notify":"immediate","roles":["deputy_leader"],"username":"zhangwei"},{"department":"leadership","email":"zhengguo@kjj.qinghe.example","name":"郑国","notify":"immediate","roles":["head_of_unit"],"username":"zhengguo"},{"department":"office","email":"fengyu@kjj.qinghe.example","name":"冯雨","notify":"immediate","roles":["proofreader"],"username":"fengyu"},{"department":"office","email":"caihong@kjj.qinghe.example","name":"蔡虹","notify":"immediate","roles":["proofreader"],"username":"caihong"},{"department":"planning","email":"dengyun@kjj.qinghe.example","name":"邓云","notify":"immediate","roles":["proofreader"],"username":"dengyun"},{"department":"rural","email":"panlin@kjj.qinghe.example","name":"潘琳","notify":"immediate","roles":["proofreader"],"username":"panlin"},{"department":"office","email":"qianjin@kjj.qinghe.example","name":"钱进","notify":"none","roles":["auditor"],"username":"qianjin"},{"department":"office","email":null,"name":"系统管理员","notify":"none","roles":["admin"],"username":"admin"}],"proofreading_tolerance":{"max_changed_ratio":0.02,"protect_dates":true,"protect_digits":true,"protect_doc_numbers":true,"protect_names":true},"reminders":{"at_fractions":[0.5],"claim_notice":false,"days_before":[1],"digest_hour":8,"escalate_default":"head_of_unit","escalate_to":{"confidentiality_review":"office_head","first_review":"office_head","proofreading_1":"office_head","proofreading_2":"office_head","proofreading_3":"office_head","sensitivity_check":"office_head"},"statutory_warning_days":3},"retract_roles":["deputy_leader","head_of_unit"],"roles":{"admin":"系统管理员","auditor":"审计员","confidentiality_officer":"保密审查员","department_head":"科室负责人","deputy_leader":"分管领导","drafter":"撰稿人（信息员）","head_of_unit":"主要领导","office_head":"办公室负责人","proofreader":"校对员","sensitivity_reviewer":"涉敏审核员"},"separation_of_duties":"strict","stages":{"confidentiality_review":{"deadline_days":7.0,"roles":["confidentiality_officer"],"scope":"organisation"},"final_review":{"deadline_days":3.0,"roles":["deputy_leader","head_of_unit"],"scope":"organisation"},"first_review":{"deadline_days":3.0,"roles":["department_head"],"scope":"department"},"proofreading_1":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_2":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_3":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"second_review":{"deadline_days":3.0,"roles":["office_head"],"scope":"organisation"},"sensitivity_check":{"deadline_days":2.0,"roles":["sensitivity_reviewer"],"scope":"organisation"}},"statutory_days":20}','2026-11-24T09:30:00+08:00',1);
INSERT INTO "policy_versions" VALUES(4,'de64bf21cee87f9cd3d2b2b93056e834358ecdd15e2761f755ed91df57cb9b21','{"admin_roles":["admin"],"archive":{"path":"var/archive","period":"monthly"},"auditor_roles":[],"auth":{"failure_window_minutes":15,"max_failures_per_account":5,"max_failures_per_address":20,"session_idle_minutes":30,"trusted_header":null,"trusted_proxies":[]},"calendar":{},"channel":{"path":"var/site-jyj","push":null,"type":"static_site"},"checks":{"confidentiality":true,"disabled_rules":[],"header_lines":8,"hotlines":["12345","12315","12348","12333","12320","12319","12369","12366"],"lexicon":[{"category":"outdated_body","correction":"清河县人民政府办公厅","severity":"warn","skip_punct":false,"source":"平台共用词表（演示条目，虚构）","term":"清河县人民政府办公室"},{"category":"outdated_body","correction":"清河县科学技术局","severity":"block","skip_punct":false,"source":"平台共用词表（演示条目，虚构：机构改革后的名称）","term":"清河县科学技术委员会"}],"lexicon_files":[],"masks":{"bank_card":"keep_4_4","email":"keep_1","id_card":"keep_6_4","landline":"keep_area_2","mobile":"keep_3_4","passport":"keep_1_2"},"privacy":true,"proofreading":true,"sensitivity":true,"use_default_lexicon":true},"default_kind":"notice","departments":[{"id":"office","name":"办公室"},{"id":"basic","name":"基础教育股"},{"id":"leadership","name":"局领导"}],"drafter_roles":["drafter"],"kinds":{"notice":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"通知公告","needs_interpretation":false},"personnel":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"人事信息","needs_interpretation":false},"policy_document":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"政策文件","needs_interpretation":true},"policy_interpretation":{"forms":["文字解读","图表图解","音视频"],"interpreter_roles":[],"interprets":true,"name":"政策解读","needs_interpretation":false},"work_news":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"工作动态","needs_interpretation":false}},"organisation":{"base_url":"http://127.0.0.1:8000/site-jyj","code":"QHJYJ","mail_from":"xxgk@jyj.qinghe.example","name":"清河县教育局"},"people":[{"department":"basic","email":"wangfang@jyj.qinghe.example","name":"王芳芳","notify":"immediate","roles":["drafter"],"username":"wangfang"},{"department":"basic","email":"tianye@jyj.qinghe.example","name":"田野","notify":"immediate","roles":["drafter"],"username":"tianye"},{"department":"basic","email":"luoping@jyj.qinghe.example","name":"罗平","notify":"immediate","roles":["department_head","proofreader"],"username":"luoping"},{"department":"basic","email":"jiangbo@jyj.qinghe.example","name":"江波","notify":"immediate","roles":["department_head","proofreader"],"username":"jiangbo"},{"department":"office","email":"linfeng@jyj.qinghe.example","name":"林风","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"linfeng"},{"department":"office","email":"qiuyue@jyj.qinghe.example","name":"邱月","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"qiuyue"},{"department":"office","email":"shenhua@jyj.qinghe.example","name":"沈华","notify":"immediate","roles":["office_head","department_head","proofreader"],"username":"shenhua"},{"department":"office","email":"dongmei@jyj.qinghe.example","name":"董梅","notify":"immediate","roles":["office_head","proofreader"],"username":"dongmei"},{"department":"leadership","email":"yuanjie@jyj.qinghe.example","name":"袁杰","notify":"immediate","roles":["deputy_leader","proofreader"],"username":"yuanjie"},{"department":"leadership","email":"kongliang@jyj.qinghe.example","name":"孔亮","notify":"immediate","roles":["head_of_unit","proofreader"],"username":"kongliang"},{"department":"office","email":null,"name":"系统管理员","notify":"none","roles":["admin"],"username":"jyjadmin"}],"proofreading_tolerance":{"max_changed_ratio":0.02,"protect_dates":true,"protect_digits":true,"protect_doc_numbers":true,"protect_names":true},"reminders":{"at_fractions":[0.5],"claim_notice":false,"days_before":[1],"digest_hour":8,"escalate_default":"head_of_unit","escalate_to":{},"statutory_warning_days":3},"retract_roles":["deputy_leader","head_of_unit"],"roles":{"admin":"系统管理员","confidentiality_officer":"保密审查员","department_head":"股室负责人","deputy_leader":"分管副局长","drafter":"撰稿人（信息员）","head_of_unit":"局长","office_head":"办公室主任","proofreader":"校对员","sensitivity_reviewer":"涉敏审核员"},"separation_of_duties":"same_level","stages":{"confidentiality_review":{"deadline_days":10.0,"roles":["confidentiality_officer"],"scope":"organisation"},"final_review":{"deadline_days":3.0,"roles":["deputy_leader","head_of_unit"],"scope":"organisation"},"first_review":{"deadline_days":2.0,"roles":["department_head"],"scope":"department"},"proofreading_1":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_2":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_3":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"second_review":{"deadline_days":2.0,"roles":["office_head"],"scope":"organisation"},"sensitivity_check":{"deadline_days":2.0,"roles":["sensitivity_reviewer"],"scope":"organisation"}},"statutory_days":20}','2026-11-24T09:30:00+08:00',2);
CREATE TABLE "publications" (
	item_id INTEGER NOT NULL, 
	index_number VARCHAR(64) NOT NULL, 
	revision_hash VARCHAR(64) NOT NULL, 
	path VARCHAR(500) NOT NULL, 
	published_at VARCHAR(40) NOT NULL, 
	retracted_at VARCHAR(40), 
	retract_reason TEXT, 
	page_hash VARCHAR(64), 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_publications PRIMARY KEY (item_id), 
	CONSTRAINT fk_publications_item_id_items FOREIGN KEY(item_id) REFERENCES items (id), 
	CONSTRAINT fk_publications_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	UNIQUE (index_number)
);
CREATE TABLE "review_tasks" (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	stage VARCHAR(32) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	assignee VARCHAR(64), 
	created_at VARCHAR(40) NOT NULL, 
	due_at VARCHAR(40), 
	due_note VARCHAR(200), 
	closed_at VARCHAR(40), 
	decision VARCHAR(32), 
	reminders_sent TEXT NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_review_tasks PRIMARY KEY (id), 
	CONSTRAINT fk_review_tasks_item_id_items FOREIGN KEY(item_id) REFERENCES items (id), 
	CONSTRAINT fk_review_tasks_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id)
);
CREATE TABLE revisions (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	body TEXT NOT NULL, 
	author VARCHAR(64) NOT NULL, 
	reason VARCHAR(32) NOT NULL, 
	findings TEXT NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(item_id) REFERENCES items (id), 
	UNIQUE (item_id, number)
);
CREATE TABLE site_listing (
	seq INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	index_number VARCHAR(64) NOT NULL, 
	title TEXT NOT NULL, 
	disclosure VARCHAR(32) NOT NULL, 
	department VARCHAR(200) NOT NULL, 
	revision_hash VARCHAR(64) NOT NULL, 
	published_at VARCHAR(40) NOT NULL, 
	retracted_at VARCHAR(40), 
	pair_mark VARCHAR(16) DEFAULT '' NOT NULL, 
	PRIMARY KEY (seq), 
	FOREIGN KEY(item_id) REFERENCES items (id), 
	UNIQUE (item_id)
);
CREATE TABLE site_pages (
	path VARCHAR(300) NOT NULL, 
	content TEXT NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	updated_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (path)
);
CREATE TABLE web_secrets (
	name VARCHAR(64) NOT NULL, 
	value VARCHAR(200) NOT NULL, 
	PRIMARY KEY (name)
);
INSERT INTO "web_secrets" VALUES('form_key','1d4f63dbbf5507bc7c0e5205235e51388df57075131709214ef6a11b08e4862c');
CREATE TABLE web_sessions (
	id INTEGER NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	username VARCHAR(64) NOT NULL, 
	csrf VARCHAR(64) NOT NULL, 
	address VARCHAR(64) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	last_seen_at VARCHAR(40) NOT NULL, 
	ended_at VARCHAR(40), 
	PRIMARY KEY (id), 
	UNIQUE (token_hash)
);
CREATE INDEX ix_revisions_item_hash ON revisions (item_id, hash);
CREATE INDEX ix_revisions_item_id ON revisions (item_id);
CREATE UNIQUE INDEX ux_events_command_key ON events (command_key);
CREATE INDEX ix_web_sessions_username ON web_sessions (username);
CREATE INDEX ix_api_tokens_username ON api_tokens (username);
CREATE INDEX ix_access_log_at ON access_log (at);
CREATE INDEX ix_access_log_username_at ON access_log (username, at);
CREATE INDEX ix_access_log_address_at ON access_log (address, at);
CREATE INDEX ix_policy_versions_digest ON policy_versions (digest);
CREATE INDEX ix_policy_versions_organisation_id ON policy_versions (organisation_id);
CREATE INDEX ix_items_interprets ON items (interprets);
CREATE INDEX ix_items_stage ON items (stage);
CREATE INDEX ix_items_organisation_id ON items (organisation_id);
CREATE INDEX ix_review_tasks_item_id ON review_tasks (item_id);
CREATE INDEX ix_review_tasks_stage_status_due ON review_tasks (stage, status, due_at);
CREATE INDEX ix_review_tasks_status_due ON review_tasks (status, due_at);
CREATE INDEX ix_review_tasks_assignee ON review_tasks (assignee);
CREATE INDEX ix_review_tasks_status ON review_tasks (status);
CREATE INDEX ix_review_tasks_open_due ON review_tasks (status, due_at, id);
CREATE INDEX ix_review_tasks_organisation_id ON review_tasks (organisation_id);
CREATE INDEX ix_jobs_status ON jobs (status);
CREATE INDEX ix_jobs_organisation_id ON jobs (organisation_id);
CREATE INDEX ix_outbox_status ON outbox (status);
CREATE INDEX ix_outbox_organisation_id ON outbox (organisation_id);
CREATE INDEX ix_publications_organisation_id ON publications (organisation_id);
CREATE INDEX ix_items_organisation_stage ON items (organisation_id, stage);
CREATE INDEX ix_review_tasks_organisation_stage_status_due ON review_tasks (organisation_id, stage, status, due_at);
CREATE INDEX ix_review_tasks_organisation_status_due ON review_tasks (organisation_id, status, due_at);
COMMIT;
