/**
 * Concrete figures and vocabulary taken from the five seed documents in
 * /work/shared/seed-documents (Luoyang and Nanyang newspaper reports, 2016-2020).
 *
 * Conventions
 *  - Money is in fen (分): 1 元 = 100 fen, 1 万元 = 1_000_000 fen, 1 亿元 = 10_000_000_000 fen.
 *  - People / households / villages are plain counts.
 *  - Percentages are percent values (1.18 means 1.18 %).
 *  - Power is in kW (1 兆瓦 = 1_000 kW).
 *  - `null` means the documents do not give the value. Nothing here is estimated;
 *    values qualified in the text with 余 / 近 / 左右 / 以上 use the `Approx` type.
 *  - Each value carries a comment `// NNN: 原文` naming the document (by its
 *    three-digit prefix) and the Chinese phrase it comes from.
 *  - Administrative division codes (GB/T 2260) and the national / provincial
 *    poverty-county status of counties other than 汝阳 are public-record facts,
 *    not document figures; see `povertyStatusSource`.
 */

// ---------------------------------------------------------------------------
// Source documents
// ---------------------------------------------------------------------------

export type DocId = '000' | '001' | '002' | '003' | '004';

export interface SourceDocument {
  id: DocId;
  file: string;
  city: '洛阳市' | '南阳市';
  /** Publication date inferred from in-text dates (the files carry no masthead date). */
  approxPublished: string;
  dateBasis: string;
  headline: string;
}

export const DOCUMENTS: readonly SourceDocument[] = [
  {
    id: '000',
    file: '000_9ecffe59cf3e0c92.txt',
    city: '洛阳市',
    approxPublished: '2018-11',
    dateBasis: '10月17日是第五个国家扶贫日 (=2018); 中原银行洛阳分行 2016-11-28 开业, 两周年庆 "昨日"',
    headline: '市人社局——“踏石留印”推进精准脱贫工作; “石头部落”的水井梦，圆了',
  },
  {
    id: '001',
    file: '001_5ac11d206927a0d1.txt',
    city: '洛阳市',
    approxPublished: '2020-03-09',
    dateBasis: '2月26日 河南省2019年贫困县退出发布会; 3月6日 决战决胜脱贫攻坚座谈会; 储备肉 "自今日起" 2020年3月9日至15日',
    headline: '汝阳县“苦干改山河”，实干换新天——“登山精神”指引 如期脱贫摘帽',
  },
  {
    id: '002',
    file: '002_e46e0f319c1e0944.txt',
    city: '洛阳市',
    approxPublished: '2018-07',
    dateBasis: '“庆七一、助脱贫”; 远程医疗平台 "预计7月底可投入使用"; 2017年度小微企业技术合同奖励 "近日"',
    headline: '创新扶贫模式 助推脱贫攻坚 (涧西区对口帮扶嵩县)',
  },
  {
    id: '003',
    file: '003_08ddd27d0fd69420.txt',
    city: '南阳市',
    approxPublished: '2017-07-12',
    dateBasis: '7月11日 全市脱贫攻坚推进会; "2016年度217个脱贫退出村和2017年197个计划脱贫退出村"',
    headline: '扛稳政治责任 突出精准发力; 一户不落 应搬尽搬',
  },
  {
    id: '004',
    file: '004_25d196f9f6473545.txt',
    city: '洛阳市',
    approxPublished: '2016-12',
    dateBasis: '回眸2016; "今年是“十三五”决胜全面小康的开局之年"',
    headline: '精准脱贫，洛阳首战告捷',
  },
] as const;

// ---------------------------------------------------------------------------
// Shared helper types
// ---------------------------------------------------------------------------

/** A value the text qualifies: 余 (more than), 近 (nearly), 左右 (about), 以上 (at least). */
export interface Approx {
  value: number;
  qualifier: '余' | '近' | '左右' | '以上';
}

export interface YearAmount {
  year: number;
  fen: number;
}

export interface Microcredit {
  households: number;
  amountFen: number;
}

export interface VillagePv {
  capacityKw: number;
  cumulativeIncomeFen: number;
  householdsBenefited: number;
  avgAnnualIncreasePerHouseholdFen: number;
}

export interface PublicWelfarePosts {
  sinceYear: number;
  people: number;
  wagesPaidFen: number;
}

export interface Workshops {
  /** 扶贫车间和村集体经济产业基地 are counted together in the source. */
  workshopsAndVillageBases: number;
  outsourcedProcessingProjects: number;
  processingIncomeFen: number;
  peopleBenefited: Approx;
  avgMonthlyIncreasePerPersonFen: Approx;
}

export interface Relocation {
  people: number | null;
  sites: number | null;
  models: readonly string[];
}

export interface LaborTransfer {
  trainingPersonTimes: number | null;
  trainingTypes: readonly string[];
  transferredWorkers: number | null;
  transferredPoorWorkers: number | null;
  migrantSubsidiesSince2016Fen: number | null;
}

export interface StartupLoans {
  year: number;
  loans: number;
  amountFen: number;
  jobsCreated: number;
  poorJobsCreated: number;
}

// ---------------------------------------------------------------------------
// Counties
// ---------------------------------------------------------------------------

export interface CountyFigures {
  code: string; // GB/T 2260 six-digit code
  name: string;
  city: '洛阳市' | '南阳市';
  nationalPovertyCounty: boolean;
  provincialPovertyCounty: boolean;
  deepPoverty: boolean;
  /** Where the three status flags above come from. */
  povertyStatusSource: 'documents' | 'public-record' | 'documents+public-record';
  contiguousArea: string | null;
  contiguousAreaSince: string | null;
  nationalPovertyCountySince: number | null;
  nationalKeyCountySince: string | null;

  areaKm2: number | null;
  towns: number | null; // 镇
  xiang: number | null; // 乡
  totalPopulation: number | null;

  povertyVillages: number | null;
  exitedVillages: number | null;
  remainingVillages: number | null;
  villageExitRatioPercent: number | null;
  registeredHouseholds: number | null;
  registeredPeople: number | null;
  exitedHouseholds: number | null;
  exitedPeople: number | null;
  remainingHouseholds: number | null;
  remainingPeople: number | null;
  incidenceRatePercent: number | null;
  satisfactionPercent: number | null;
  ruralIncomeGrowthPercent: { year: number; percent: number; aboveProvincePp: number } | null;
  illnessOrDisabilitySharePercent: number | null;
  exitYear: number | null;
  exitBatchYear: number | null;
  exitAnnouncedOn: string | null;

  fundsTotalFen: number | null;
  fundsByYear: readonly YearAmount[];
  microcredit: Microcredit | null;
  villagePv: VillagePv | null;
  publicWelfarePosts: PublicWelfarePosts | null;
  workshops: Workshops | null;
  relocation: Relocation | null;
  laborTransfer: LaborTransfer | null;
  startupLoans: StartupLoans | null;
  firstSecretariesSince2015: number | null;
  villageTeamMembersSince2015: number | null;
  cadresPromoted: number | null;

  sources: readonly DocId[];
}

type CountyIdentity =
  | 'code'
  | 'name'
  | 'city'
  | 'nationalPovertyCounty'
  | 'provincialPovertyCounty'
  | 'deepPoverty'
  | 'povertyStatusSource'
  | 'sources';

const BLANK_COUNTY: Omit<CountyFigures, CountyIdentity> = {
  contiguousArea: null,
  contiguousAreaSince: null,
  nationalPovertyCountySince: null,
  nationalKeyCountySince: null,
  areaKm2: null,
  towns: null,
  xiang: null,
  totalPopulation: null,
  povertyVillages: null,
  exitedVillages: null,
  remainingVillages: null,
  villageExitRatioPercent: null,
  registeredHouseholds: null,
  registeredPeople: null,
  exitedHouseholds: null,
  exitedPeople: null,
  remainingHouseholds: null,
  remainingPeople: null,
  incidenceRatePercent: null,
  satisfactionPercent: null,
  ruralIncomeGrowthPercent: null,
  illnessOrDisabilitySharePercent: null,
  exitYear: null,
  exitBatchYear: null,
  exitAnnouncedOn: null,
  fundsTotalFen: null,
  fundsByYear: [],
  microcredit: null,
  villagePv: null,
  publicWelfarePosts: null,
  workshops: null,
  relocation: null,
  laborTransfer: null,
  startupLoans: null,
  firstSecretariesSince2015: null,
  villageTeamMembersSince2015: null,
  cadresPromoted: null,
};

export const RUYANG: CountyFigures = {
  ...BLANK_COUNTY,
  code: '410326',
  name: '汝阳县',
  city: '洛阳市',
  nationalPovertyCounty: true, // 001: 汝阳等14个国定贫困县; 2002年被确定为国家级贫困县
  provincialPovertyCounty: false,
  deepPoverty: false,
  povertyStatusSource: 'documents',
  contiguousArea: '秦巴山片区', // 001: 2011年12月被纳入国家集中连片特困区秦巴山片区
  contiguousAreaSince: '2011-12', // 001: 2011 年 12 月
  nationalPovertyCountySince: 2002, // 001: 该县 2002 年被确定为国家级贫困县
  nationalKeyCountySince: '2012-03', // 001: 2012年3月被确定为国家扶贫开发重点县
  areaKm2: 1332, // 001: 汝阳县总面积 1332 平方公里
  towns: 8, // 001: 辖 8 镇 5 乡
  xiang: 5, // 001: 辖 8 镇 5 乡
  totalPopulation: 520_000, // 001: 总人口 52 万
  povertyVillages: 78, // 001: 全县共有贫困村78个
  exitedVillages: 74, // 001: 该县已经出列 74 个村
  remainingVillages: 4, // 001: 未脱贫 4 个村
  villageExitRatioPercent: 99, // 001: 县域内贫困村退出比例平均为99% (74/78 would be 94.87)
  registeredHouseholds: 13_759, // 001: 贫困人口13759户54026人
  registeredPeople: 54_026, // 001: 贫困人口13759户54026人
  exitedHouseholds: 11_552, // 001: 已脱贫 11552 户 48871 人
  exitedPeople: 48_871, // 001: 已脱贫 11552 户 48871 人
  remainingHouseholds: 2_207, // 001: 未脱贫人口 2207 户 5155 人
  remainingPeople: 5_155, // 001: 未脱贫人口 2207 户 5155 人
  incidenceRatePercent: 1.18, // 001: 贫困发生率为 1.18%
  satisfactionPercent: 98.56, // 001: 群众认可度平均值为 98.56%
  // 001: 2019 年农村居民人均可支配收入增长幅度平均为10.3%，高于全省平均水平 0.7 个百分点
  ruralIncomeGrowthPercent: { year: 2019, percent: 10.3, aboveProvincePp: 0.7 },
  illnessOrDisabilitySharePercent: null, // not given for 汝阳
  exitYear: 2020, // 001: 2月26日 ... 正式退出贫困县序列，实现脱贫摘帽 (announced 2020)
  exitBatchYear: 2019, // 001: 河南省2019年贫困县退出 ... 新闻发布会
  exitAnnouncedOn: '2020-02-26', // 001: 2月26日，河南省2019年贫困县退出暨...专题新闻发布会
  fundsTotalFen: 246_000_000_000, // 001: 2016年以来，共计投入扶贫资金 24.6 亿元
  fundsByYear: [
    { year: 2016, fen: 31_000_000_000 }, // 001: 2016 年投入3.1亿元
    { year: 2017, fen: 62_000_000_000 }, // 001: 2017年投入6.2亿元
    { year: 2018, fen: 72_000_000_000 }, // 001: 2018年投入7.2亿元
    { year: 2019, fen: 81_000_000_000 }, // 001: 2019年投入8.1亿元
  ],
  // 001: 累计享受小额信贷3912户、贷款金额1.4亿元
  microcredit: { households: 3_912, amountFen: 14_000_000_000 },
  villagePv: {
    capacityKw: 45_200, // 001: 建成45.2兆瓦村级光伏电站
    cumulativeIncomeFen: 4_098_000_000, // 001: 累计实现收益4098万元
    householdsBenefited: 13_000, // 001: 带动贫困户1.3万户
    avgAnnualIncreasePerHouseholdFen: 100_000, // 001: 年均增收1000元
  },
  // 001: 2016 年以来累计为 2687 名人员发放岗位工资1729.9万元
  publicWelfarePosts: { sinceYear: 2016, people: 2_687, wagesPaidFen: 1_729_900_000 },
  workshops: {
    workshopsAndVillageBases: 160, // 001: 建成投产扶贫车间和村集体经济产业基地160个
    outsourcedProcessingProjects: 155, // 001: 积极承接义乌等地来料加工项目155个
    processingIncomeFen: 7_000_000_000, // 001: 实现加工收入7000万元
    peopleBenefited: { value: 2_300, qualifier: '余' }, // 001: 带动2300余人
    avgMonthlyIncreasePerPersonFen: { value: 220_000, qualifier: '左右' }, // 001: 月均增收2200元左右
  },
  relocation: null,
  laborTransfer: {
    trainingPersonTimes: 7_770, // 001: 培训人员7770人次
    trainingTypes: ['订单式', '定向式'], // 001: 开展“订单式”“定向式”精准培训
    transferredWorkers: 133_000, // 001: 转移劳动力 13.3 万人
    transferredPoorWorkers: 23_700, // 001: 其中贫困群众 2.37 万人
    migrantSubsidiesSince2016Fen: 4_588_900_000, // 001: 累计发放外出务工交通补贴等 4588.9 万元
  },
  startupLoans: {
    year: 2019, // 001: 2019 年共发放创业贷款1370 笔2.05 亿元
    loans: 1_370,
    amountFen: 20_500_000_000,
    jobsCreated: 4_150, // 001: 带动就业4150 人
    poorJobsCreated: 368, // 001: 其中贫困群众368 人
  },
  firstSecretariesSince2015: 238, // 001: 2015年以来，该县共选派驻村第一书记238人
  villageTeamMembersSince2015: 726, // 001: 驻村工作队员726人
  cadresPromoted: 45, // 001: 表现优秀的45名干部予以提拔重用
  sources: ['001'],
};

export const SONGXIAN: CountyFigures = {
  ...BLANK_COUNTY,
  code: '410325',
  name: '嵩县',
  city: '洛阳市',
  nationalPovertyCounty: true, // public record (not stated in documents)
  provincialPovertyCounty: false,
  deepPoverty: true, // 002: 涧西区对口帮扶深度贫困县嵩县
  povertyStatusSource: 'documents+public-record',
  relocation: {
    people: null,
    sites: null,
    // 004: 嵩县在扶贫搬迁中整合资金，探索普通安置房、保障房、周转房“三房”和安居园、培训园、创业园“三园”搬迁模式
    models: ['三房', '三园'],
  },
  sources: ['000', '002', '004'],
};

export const LUANCHUAN: CountyFigures = {
  ...BLANK_COUNTY,
  code: '410324',
  name: '栾川县',
  city: '洛阳市',
  nationalPovertyCounty: true, // public record (not stated in documents)
  provincialPovertyCounty: false,
  deepPoverty: false,
  povertyStatusSource: 'public-record',
  illnessOrDisabilitySharePercent: 65.7, // 000: 伊川、宜阳、洛宁、栾川 ... 分别占69.6%、63.2%、64.5%和65.7%
  sources: ['000', '001', '004'],
};

export const LUONING: CountyFigures = {
  ...BLANK_COUNTY,
  code: '410328',
  name: '洛宁县',
  city: '洛阳市',
  nationalPovertyCounty: true, // public record (not stated in documents)
  provincialPovertyCounty: false,
  deepPoverty: false,
  povertyStatusSource: 'public-record',
  illnessOrDisabilitySharePercent: 64.5, // 000: 伊川、宜阳、洛宁、栾川 ... 分别占69.6%、63.2%、64.5%和65.7%
  sources: ['000', '001', '004'],
};

export const YIYANG: CountyFigures = {
  ...BLANK_COUNTY,
  code: '410327',
  name: '宜阳县',
  city: '洛阳市',
  nationalPovertyCounty: true, // public record (not stated in documents)
  provincialPovertyCounty: false,
  deepPoverty: false,
  povertyStatusSource: 'public-record',
  illnessOrDisabilitySharePercent: 63.2, // 000: 伊川、宜阳、洛宁、栾川 ... 分别占69.6%、63.2%、64.5%和65.7%
  sources: ['000', '004'],
};

export const YICHUAN: CountyFigures = {
  ...BLANK_COUNTY,
  code: '410329',
  name: '伊川县',
  city: '洛阳市',
  nationalPovertyCounty: false, // public record: 省定贫困县
  provincialPovertyCounty: true, // public record (not stated in documents)
  deepPoverty: false,
  povertyStatusSource: 'public-record',
  illnessOrDisabilitySharePercent: 69.6, // 000: 伊川、宜阳、洛宁、栾川 ... 分别占69.6%、63.2%、64.5%和65.7%
  sources: ['000'],
};

/** The six Luoyang poverty counties (004: 6个扶贫开发工作重点县). */
export const LUOYANG_COUNTIES: readonly CountyFigures[] = [
  LUANCHUAN,
  SONGXIAN,
  LUONING,
  RUYANG,
  YIYANG,
  YICHUAN,
];

// ---------------------------------------------------------------------------
// County-level programme details that do not fit the common shape
// ---------------------------------------------------------------------------

/** 汝阳 industry, collective-economy and credit figures beyond CountyFigures. */
export const RUYANG_DETAIL = {
  industry: {
    investedFen: 102_000_000_000, // 001: 先后投资 10.2 亿元实施产业项目581个
    projects: 581, // 001: 实施产业项目581个
    leadingAgriEnterprises: 27, // 001: 积极培育农业龙头企业27个
    newOperators: 456, // 001: 创办农民专业合作社和家庭农场新型经营主体456家
    householdsBenefited: { value: 30_000, qualifier: '余' } as Approx, // 001: 带动3万余户增收
    leadingIndustriesCount: 6, // 001: 持续推进六大扶贫主导产业 (not enumerated)
  },
  ediblefungi: {
    bags: 61_000_000, // 001: 发展食用菌种植6100万袋
    villages: 52, // 001: 有52个村2600余户7100余人专业从事食用菌种植
    households: { value: 2_600, qualifier: '余' } as Approx,
    people: { value: 7_100, qualifier: '余' } as Approx,
  },
  enterpriseLinkage: {
    enterprisesOrCoops: 31, // 001: 选择31家带动能力强...的企业或农民合作社
    loansFen: 48_000_000_000, // 001: 贷款 4.8 亿元
    householdsDirectlyInvolved: 10_794, // 001: 带动10794户贫困户直接参与产业发展
  },
  microcreditSystems: ['金融服务', '信用评价', '风险防控', '产业支撑'] as const, // 001: 四个体系
  ruralTourism: {
    guesthouses: 500, // 001: 建成农家乐、家庭宾馆500家
    householdsEmployed: 550, // 001: 辐射带动就业550户8000余人
    peopleEmployed: { value: 8_000, qualifier: '余' } as Approx,
  },
  geoIndicationProducts: ['汝阳香菇', '红薯', '杜仲', '甪里艾', '花生'] as const, // 001: 五大国家地理标志农产品
  certifiedProduceMu: 427_000, // 001: 发展“三品一标”农产品 42.7 万亩
  villageOffices: {
    built: 136, // 001: 新建、改扩建村室136个
    investedFen: { value: 7_000_000_000, qualifier: '余' } as Approx, // 001: 先后投入 7000 余万元
  },
  collectiveEconomy: {
    seedFundFen: 3_519_200_000, // 001: 投入引导资金 3519.2 万元
    villagesAboveThreshold: 78, // 001: 目前78个贫困村集体经济收入均超过5万元
    thresholdFen: 5_000_000, // 001: 均超过5万元
  },
  governance: {
    warZones: 4, // 001: 把全县划分为四大战区
    gridLevels: 5, // 001: 建立五级网格
    responsibilityLevels: 6, // 001: 不断夯实六级责任体系
    secretaryLevels: 3, // 001: 压实三级书记抓扶贫
    weeklyAssistanceDay: '周三', // 001: 建立“周三扶贫帮扶日”
  },
  targets2020: {
    villages: 4, // 001: 如期实现 4 个贫困村退出
    households: 2_207, // 001: 2207 户贫困户
    people: 5_155, // 001: 5155 名贫困群众脱贫
  },
} as const;

/** 涧西区 paired assistance to 嵩县 (002, 2018). */
export const JIANXI_TO_SONGXIAN = {
  helperDistrict: { code: '410305', name: '涧西区' },
  targetCountyCode: '410325',
  deskSetsDonated: 152, // 002: 为嵩县车村镇顶宝石村捐赠课桌椅152套
  deskRecipientVillage: '车村镇顶宝石村',
  teachersTrained: 6, // 002: 邀请车村镇纸房村小学6名教师到东升一小轮训
  teachersFromSchool: '车村镇纸房村小学',
  assistanceTeams: 43, // 002: 全区43个帮扶工作队有序进驻嵩县15个乡镇32个非贫困村
  townships: 15,
  nonPovertyVillages: 32,
  surveyReports: { value: 50, qualifier: '余' } as Approx, // 002: 共形成调研报告50余篇
  demandAreas: 5, // 002: 产业项目、医疗卫生、基础设施等5个方面民生诉求30余条
  demands: { value: 30, qualifier: '余' } as Approx,
  firstBatch: {
    fundingFen: 1_800_000_000, // 002: 由区财政出资1800万元，先行实施第一批3个覆盖嵩县的帮扶项目
    projects: 3,
  },
  disabledCareCenters: {
    built: 3, // 002: 已建成3个，托养重度失能残疾人30人
    residents: 30,
    awaitingAcceptance: 13, // 002: 其他13个托养中心已完工，正在验收中
  },
  telemedicine: {
    villageClinics: 318, // 002: 帮助嵩县建设覆盖318个村卫生所的远程医疗平台
    partnerHospital: '河南科技大学第一附属医院',
    expectedOnline: '7月底', // 002: 预计7月底可投入使用
  },
  artCenterPlannedFen: 250_000_000, // 002: 涧西区还拟投资250万元，帮助嵩县建设...手绘小镇文化艺术中心
  sanheVillage: {
    households: 20, // 002: 针对嵩县三合村20户贫困户实施的“六改一增”项目
    featureDwellings: 6, // 002: 6套特色民居项目已全部完成
  },
  plannedAdditionalFen: 1_000_000_000, // 002: 准备继续追加投资1000万元，对32个帮扶村实施...
  plannedAdditionalVillages: 32,
  supervisionMeetings: 16, // 002: 区委督查例会先后16次研究解决对口帮扶工作中出现的问题
  problemsResolved: 15, // 002: 已妥善解决帮扶工作中出现的15个问题
  mechanism: ['一个例会', '一本台账', '一套体系'] as const, // 002: “一个例会、一本台账、一套体系”督查工作机制
} as const;

/** 嵩县九皋镇石场村 deep well (000, 2018). */
export const SHICHANG_WELL = {
  countyCode: '410325',
  village: '九皋镇石场村',
  naturalVillages: ['石板沟', '张花岭'] as const, // 000: 石板沟、张花岭两个自然村
  depthM: 630, // 000: 敲定了井深：630米
  hydrogeologySurveyDays: 4, // 000: 4天的水文地质调查
  geophysicsDays: { value: 10, qualifier: '余' } as Approx, // 000: 10余天的地球物理勘探
  firstWater: '2018-10-15', // 000: 深井于10月15日出水
  waterTested: '2018-10-17', // 000: 10月17日是第五个国家扶贫日，当天的化验显示...
  inaugurated: '2018-10-18', // 000: 10月18日 ... 一股清流喷涌而出
  pumpTonnesPerHour: 100, // 000: 每小时可供水100吨
  villagersServed: { value: 500, qualifier: '近' } as Approx, // 000: 近 500 名村民
  potentialTonnesPerDay: 3_000, // 000: 如果换更大的水泵，每天供水3000吨
  firstSecretaryArrived: '2017-08', // 000: 去年 8 月 ... 驻村第一书记郝家华来到石场村
  firstSecretarySentBy: ['中组部', '中国节能环保集团有限公司'] as const,
  drillingTeam: '河南省地矿局第一地质矿产调查院',
} as const;

/** 宜阳县 “脱贫助力贷” (004, 2016). */
export const YIYANG_CREDIT = {
  countyCode: '410327',
  product: '脱贫助力贷',
  riskGuaranteeFen: 1_500_000_000, // 004: 由政府向金融机构存入风险担保金1500万元
  leverageMultiple: 5, // 004: 并放大5倍，向贫困户提供贷款支持
} as const;

/** 洛宁县河底镇 德青源 laying-hen asset-income project (004, 2016; no figures given). */
export const LUONING_EGG_PROJECT = {
  countyCode: '410328',
  town: '河底镇',
  operator: '德青源',
  model: '资产收益分红',
} as const;

// ---------------------------------------------------------------------------
// City totals
// ---------------------------------------------------------------------------

export const LUOYANG_TOTALS = {
  code: '410300',
  name: '洛阳市',
  illnessOrDisabilitySharePercent: 60.2, // 000: 我市贫困户中因病因残致贫的占了 60.2%
  commitment: {
    targetYear: 2019, // 004: 到2019年 ... 全部脱贫
    povertyCounties: 6, // 004: 6个扶贫开发工作重点县
    povertyVillages: 669, // 004: 669个贫困村
    registeredPeople: 316_700, // 004: 31.67万名贫困群众
  },
  year2016: {
    exitedPeople: 46_760, // 004: 今年全市46760名农村贫困群众摘掉“穷帽”
    exitedVillages: 214, // 004: 今年省定214个贫困村46760名贫困群众脱贫任务如期全面完成
    relocatedPeople: 20_600, // 004: 今年全市有2.06万贫困人口实现了易地搬迁
    employmentAssistedPersonTimes: 43_000, // 004: 累计帮扶就业4.3万人次
    trained: 6_368, // 004: 培训6368人
  },
  assistanceSystem2016: {
    cityLeaders: 51, // 004: 51个市级领导分包51个重点乡镇
    keyTownships: 51,
    urbanDistrictsPaired: 4, // 004: 4个城市区对口支援4个贫困县
    countiesPaired: 4,
    villagesWithFirstSecretary: 669, // 004: 669个贫困村每村一个第一书记、一支驻村工作队
    oneOnOneHouseholds: 108_000, // 004: 10.8万户贫困群众接受“一对一”帮扶
    privateEnterprises: 675, // 004: 675家民营企业踊跃参与
    promotionGroups: 8, // 004: 成立8个脱贫攻坚推进小组
    promotionSystems: 7, // 004: 建立完善责任目标、工作台账等7项推进制度
    provincialMeasures: 5, // 004: 河南省关于脱贫攻坚5个《办法》和5个《方案》
    provincialPlans: 5,
  },
  hrssb2018: {
    majorTaskCommands: 14, // 000: 我市成立脱贫攻坚14个重大专项工作指挥部
    hardBattles: 4, // 000: “四场硬仗”
    majorActions: 6, // 000: “六大行动”
    medicalInsuranceTasks: 5, // 000: 做好五项工作
    reviewCampaign: { name: '回头看大整改', from: '2018-10 上旬', to: '2018-12-31' }, // 000: 从 10 月上旬至 12 月底
    seriousIllnessRetroactiveFrom: '2018-01-01', // 000: 对2018年1月1日以来农村贫困人口已按原大病保险政策报销的 ... 追溯报销
  },
  health2020: {
    countyHospitalsUpgraded: 5, // 001: 偃师市、孟津县、洛宁县、汝阳县和栾川县等5个县（市）人民医院的提质升级
    countyHospitalCodes: ['410381', '410322', '410328', '410326', '410324'] as const,
    grassrootsVisitShareTargetPercent: 65, // 001: 基层医疗卫生机构就诊率在65%以上
    countyVisitShareTargetPercent: 90, // 001: 县域就诊率提高到 90%左右
    villageClinicsUpgraded: 150, // 001: 今年，全市的村卫生室改造提升目标为150个
    villageClinicMinAreaM2: 80, // 001: 业务用房面积不少于 80 平方米
    villageClinicsAllStandardBy: 2022, // 001: 2022年年底前 ... 将全部转为 ... 标准化村卫生室
    staffTrained: 2_000, // 001: 对2000名基层医疗机构的管理人员、卫生技术人员进行业务技能培训
    telemedicineCounties: 9, // 001: 提升 9 个县（市）134 个乡镇卫生院、2674个村卫生室的远程医疗应用水平
    telemedicineTownshipHospitals: 134,
    telemedicineVillageClinics: 2_674,
    cancerScreenings: 85_380, // 001: 预计全年完成筛查 8.538 万人
  },
} as const;

// ---------------------------------------------------------------------------
// Nanyang (003, 2017)
// ---------------------------------------------------------------------------

export const NANYANG = {
  code: '411300',
  name: '南阳市',
  meetingOn: '2017-07-11', // 003: 7月11日，我市召开脱贫攻坚工作推进会议
  previousMeetingOn: '2017-04-14', // 003: 4月14日全市脱贫攻坚推进会以来
  provincialMeetingNumber: 4, // 003: 全省脱贫攻坚第四次推进会议
  resettlementSites: 65, // 003: 今年全市计划建设的65个集中安置点
  exitedVillages2016: 217, // 003: 2016年度217个脱贫退出村
  plannedExitVillages2017: 197, // 003: 2017年197个计划脱贫退出村
  drinkingWater2017: {
    investmentFen: 28_500_000_000, // 003: 今年投资2.85亿元
    villages: 186, // 003: 全面解决186个贫困村
    poorPeople: 65_900, // 003: 6.59万贫困人口安全饮水问题
  },
  medicalSubsidyFrom: '2017-07-01', // 003: 从7月1日起，对全市困难群众的门诊慢性病...进行补助
  outpatientChronicDiseaseTypes: 19, // 003: 门诊慢性病(19个病种)
  seriousDiseaseTypes: 10, // 003: 重特大疾病(10个病种)
  // The document gives the counts only; it does not name the diseases.
  outpatientChronicDiseaseNames: [] as readonly string[],
  seriousDiseaseNames: [] as readonly string[],
  housingSchedule: { completeYears: 3, consolidateYears: 1 }, // 003: 按照三年完成、一年巩固的要求
  // 003: 方城县柳河乡香店村 three orphaned pupils; 首日义卖早餐活动共筹得爱心善款2510元，包括早餐费用1300元和爱心人士捐款1210元
  communityCharity: {
    beneficiaryVillage: '方城县柳河乡香店村',
    beneficiaryCountyCode: '411322',
    children: 3, // 003: 为三个孩子募捐生活费
    firstDayTotalFen: 251_000,
    breakfastSalesFen: 130_000,
    donationsFen: 121_000,
    largestNamedDonationFen: 50_000, // 003: 一位孩子在妈妈的带领下，捐了500元
    durationDays: 2, // 003: 本次爱心早餐义卖活动将持续两天
  },
} as const;

/**
 * Nanyang's poverty counties. The documents name only 方城县 (003: 方城县柳河乡香店村); which
 * counties were poverty counties, and of which kind, is public record (Henan's exit announcement
 * of 2019-05-09 lists 镇平 and 内乡 among the national ones; 方城 left the provincial list then).
 * No register figure is given for any of them.
 */
function nanyangCounty(code: string, name: string, kind: 'national' | 'provincial', sources: readonly DocId[] = []): CountyFigures {
  return {
    ...BLANK_COUNTY,
    code,
    name,
    city: '南阳市',
    nationalPovertyCounty: kind === 'national',
    provincialPovertyCounty: kind === 'provincial',
    deepPoverty: false,
    povertyStatusSource: 'public-record',
    sources,
  };
}

export const NANYANG_COUNTIES: readonly CountyFigures[] = [
  nanyangCounty('411321', '南召县', 'national'),
  nanyangCounty('411322', '方城县', 'provincial', ['003']),
  nanyangCounty('411324', '镇平县', 'national'),
  nanyangCounty('411325', '内乡县', 'national'),
  nanyangCounty('411326', '淅川县', 'national'),
  nanyangCounty('411327', '社旗县', 'national'),
  nanyangCounty('411330', '桐柏县', 'national'),
];

export const CITY_TOTALS = {
  luoyang: LUOYANG_TOTALS,
  nanyang: NANYANG,
} as const;

// ---------------------------------------------------------------------------
// Poverty lines
// ---------------------------------------------------------------------------

export interface PovertyLine {
  year: number;
  /** Two-digit province code (GB/T 2260) of a province that set its own line; null for the national line. */
  provinceCode: string | null;
  /** Net income per person and year, in yuan. */
  yuanPerYear: number;
  source: string;
}

const NATIONAL_LINE_SOURCE =
  '现行农村贫困标准：每人每年2300元（2010年不变价），2011年中央扶贫开发工作会议确定、《中国农村扶贫开发纲要（2011－2020年）》执行；当年现价标准见国家统计局住户调查办公室《中国农村贫困监测报告》各年版';

/**
 * The rural poverty lines the exit checks judge income by. None of the five documents states an
 * amount (004 only mentions 推动扶贫标准线和低保标准线两线合一), so these are public-record
 * figures from outside them, each with its source. 2020 has no published restatement at
 * current prices: 4,000 yuan is the figure commonly cited for that year's exit checks. A
 * province that set its own line adds entries with its code; none is recorded for Henan.
 */
export const POVERTY_LINES: readonly PovertyLine[] = [
  { year: 2014, provinceCode: null, yuanPerYear: 2800, source: NATIONAL_LINE_SOURCE },
  { year: 2015, provinceCode: null, yuanPerYear: 2855, source: NATIONAL_LINE_SOURCE },
  { year: 2016, provinceCode: null, yuanPerYear: 2952, source: NATIONAL_LINE_SOURCE },
  { year: 2017, provinceCode: null, yuanPerYear: 2952, source: NATIONAL_LINE_SOURCE },
  { year: 2018, provinceCode: null, yuanPerYear: 2995, source: NATIONAL_LINE_SOURCE },
  { year: 2019, provinceCode: null, yuanPerYear: 3218, source: NATIONAL_LINE_SOURCE },
  { year: 2020, provinceCode: null, yuanPerYear: 4000, source: '2020年无现价标准公布；脱贫验收通常引用的每人每年4000元' },
];

// ---------------------------------------------------------------------------
// Exit standards (退出标准)
// ---------------------------------------------------------------------------

export interface ExitThreshold {
  key: 'COUNTY_INCIDENCE' | 'WRONG_EXIT_RATE' | 'OMISSION_RATE' | 'SATISFACTION' | 'POVERTY_VILLAGES_EXITED' | 'VILLAGE_INCIDENCE' | 'COLLECTIVE_INCOME';
  /** Percent for rates and shares; yuan for income. */
  value: number;
  source: string;
}

const EXIT_MECHANISM = '中共中央办公厅、国务院办公厅《关于建立贫困退出机制的意见》（2016年4月）';

/** The thresholds of 村出列 and 县摘帽, each with its source (Henan counts as 中部: 2%, not the west's 3%). */
export const EXIT_THRESHOLDS: readonly ExitThreshold[] = [
  { key: 'COUNTY_INCIDENCE', value: 2, source: `${EXIT_MECHANISM}：贫困县贫困发生率降至2%以下（西部地区3%）` },
  { key: 'VILLAGE_INCIDENCE', value: 2, source: `${EXIT_MECHANISM}：贫困村贫困发生率降至2%以下（西部地区3%）` },
  { key: 'WRONG_EXIT_RATE', value: 2, source: '贫困县退出专项评估检查：错退率原则上低于2%' },
  { key: 'OMISSION_RATE', value: 2, source: '贫困县退出专项评估检查：漏评率原则上低于2%' },
  { key: 'SATISFACTION', value: 90, source: '贫困县退出专项评估检查：群众认可度原则上高于90%' },
  // 汝阳 exited as a county with 74 of its 78 poverty villages out (001): not all need be.
  { key: 'POVERTY_VILLAGES_EXITED', value: 90, source: '本系统设定（可调整）：汝阳县摘帽时78个贫困村退出74个（001）' },
  { key: 'COLLECTIVE_INCOME', value: 50_000, source: '001：贫困村村集体经济收入均超过5万元' },
];

// ---------------------------------------------------------------------------
// Named places (villages / towns) mentioned in the documents
// ---------------------------------------------------------------------------

export interface NamedPlace {
  countyCode: string;
  name: string;
  doc: DocId;
  context: string;
}

export const NAMED_PLACES: readonly NamedPlace[] = [
  { countyCode: '410325', name: '九皋镇石场村', doc: '000', context: '“石头部落”缺水村，630米深井' },
  { countyCode: '410325', name: '车村镇顶宝石村', doc: '002', context: '涧西区政协捐赠课桌椅152套' },
  { countyCode: '410325', name: '车村镇纸房村', doc: '002', context: '纸房村小学6名教师轮训' },
  { countyCode: '410325', name: '三合村', doc: '002', context: '20户贫困户“六改一增”，6套特色民居' },
  { countyCode: '410325', name: '旧县镇伊龙社区', doc: '004', context: '易地搬迁安置社区' },
  { countyCode: '410324', name: '秋扒乡秋扒村', doc: '004', context: '市脱贫攻坚成效考核实地核查' },
  { countyCode: '410328', name: '河底镇', doc: '004', context: '德青源蛋鸡扶贫项目' },
  { countyCode: '410322', name: '七里村', doc: '004', context: '首批贫困户脱贫仪式' },
  { countyCode: '410322', name: '白鹤镇崔窑村', doc: '000', context: '村级党建展馆、党建图书室' },
  { countyCode: '411322', name: '柳河乡香店村', doc: '003', context: '爱心义卖早餐受助家庭' },
];

// ---------------------------------------------------------------------------
// Vocabulary (as used in the documents)
// ---------------------------------------------------------------------------

export const POVERTY_CAUSES = [
  '因病致贫', // 000: 因病因残致贫; 因病致贫、因病返贫
  '因残致贫', // 000: 因病因残致贫
  '因病返贫', // 000: 有效控制因病致贫、因病返贫现象的发生
  '读不起书', // 004: 有的读不起书
  '看不起病', // 004: 有的看不起病
  '住危房', // 004: 有的住着危房
  '无劳动能力', // 004: 有的没有劳动能力
  '缺水', // 000: 该村有个“致命”的硬伤：缺水
] as const;

/** 003: 对生态条件恶劣、生态环境脆弱、自然灾害频发的地方应该搬迁的贫困群众 */
export const RELOCATION_CRITERIA = ['生态条件恶劣', '生态环境脆弱', '自然灾害频发'] as const;

export const TRAINING_TYPES = [
  '订单式', // 001: 开展“订单式”“定向式”精准培训
  '定向式', // 001
  '定向定岗培训', // 001: 积极开展定向定岗培训
  '技能培训', // 004: 围绕技能培训、就业扶贫、扶持创业三个重点
] as const;

export const INSPECTION_METHODS = [
  '四不两直', // 000: 按照“四不两直”要求
  '定期督查', // 000: 灵活采取定期督查、随机抽查、明察暗访、蹲点调研、网络投票、电话抽访、入户走访等多种方式
  '随机抽查',
  '明察暗访',
  '蹲点调研',
  '网络投票',
  '电话抽访',
  '入户走访',
  '督查+调研', // 002: 涧西区采取“督查+调研”模式
  '调查问卷', // 002: 通过发放调查问卷、访谈座谈等形式
  '访谈座谈',
] as const;

export const IDENTIFICATION_METHODS = [
  '一进二看三算四比五议六定', // 004: 严格落实“一进二看三算四比五议六定”工作法
  '六签字', // 004: “六签字”制度
  '一看房，二看粮，三看劳动力强不强，四看家中有没有读书郎', // 004: 顺口溜
] as const;

/** 003 names the counts (19 / 10) but not the diseases. */
export const CHRONIC_DISEASE_NAMES = [] as const;
export const SERIOUS_DISEASE_NAMES = [] as const;

export const SUBSIDY_KINDS = [
  '外出务工交通补贴', // 001: 累计发放外出务工交通补贴等
  '就业奖补', // 001: 制定就业奖补政策
  '公益性岗位工资', // 001: 发放岗位工资
  '产业奖补', // 001: 通过设立公益性岗位、产业奖补等方式
  '光伏收益', // 001: 村级光伏电站 ... 收益
  '村集体经济引导资金', // 001: 投入引导资金
  '门诊慢性病补助', // 003: 门诊慢性病(19个病种)...进行补助
  '重特大疾病补助', // 003: 重特大疾病(10个病种)
  '住院医疗费用补助', // 003: 住院医疗费用进行补助
  '大病保险倾斜', // 000: 切实落实好大病保险倾斜政策
  '慢性病卡', // 000: 慢性病卡办理条件宜宽则宽
  '资产收益分红', // 004: 贫困户将通过资产收益分红实现稳定增收
  '教育资助', // 003: 从幼儿园到大学各阶段教育保障和资助
  '易地搬迁（财政全额负担）', // 004: 搬迁资金全部由各级财政负担，贫困群众无需自筹资金
] as const;

export const FINANCE_PRODUCTS = [
  '扶贫小额信贷', // 001: 建设扶贫小额信贷信用体系
  '创业贷款', // 001: 加大创业贷款发放力度
  '创业担保小额贷款+扶贫担保基金', // 004
  '脱贫助力贷', // 004: 宜阳县探索“脱贫助力贷”
  '互助资金扩容', // 004
  '卢氏经验', // 003: 认真学习借鉴卢氏经验，发挥小额信贷助推脱贫攻坚作用
] as const;

export const SOCIAL_ASSISTANCE_KINDS = [
  '医疗救助', // 003: 通过医疗救助、教育救助、灾害救助、临时救助、特殊救助和慈善救助等方式
  '教育救助',
  '灾害救助',
  '临时救助',
  '特殊救助',
  '慈善救助',
] as const;

export const GUARANTEE_KINDS = ['医疗保障', '教育保障', '社会保障', '住房保障'] as const; // 003: 进一步抓好医疗保障、教育保障、社会保障和住房保障

export const HOUSING_METHODS = ['房屋置换', '修缮改造', '新建住房'] as const; // 003: 分别采取房屋置换、修缮改造、新建住房等方式

export const RELOCATION_MODELS = {
  sanFang: ['普通安置房', '保障房', '周转房'] as const, // 004: “三房”
  sanYuan: ['安居园', '培训园', '创业园'] as const, // 004: “三园”
} as const;

export const SIX_PRECISIONS = [
  '扶持对象精准', // 004: “六个精准”
  '项目安排精准',
  '资金使用精准',
  '措施到户精准',
  '因村派人精准',
  '脱贫成效精准',
] as const;

/** 004: 统筹推进转、扶、搬、保、救“五条路径” */
export const FIVE_PATHS = ['转', '扶', '搬', '保', '救'] as const;
export const FIVE_PATHS_EXPANDED = ['转移就业脱贫', '产业扶持脱贫', '易地搬迁脱贫'] as const; // 004: only these three are spelled out

/** 000: “六大行动”中的 ... 四个行动 (the other two are not named). */
export const SIX_ACTIONS_NAMED = ['健康扶贫', '教育扶贫', '扶贫助残', '易地搬迁'] as const;
/** 000: “四场硬仗”中的就业创业扶贫硬仗 (the other three are not named). */
export const FOUR_BATTLES_NAMED = ['就业创业扶贫硬仗'] as const;

export const INDUSTRY_TYPES = [
  '特色种养', // 004: 重点发展特色种养、乡村旅游等
  '乡村旅游', // 004; 001: 大力发展乡村旅游
  '食用菌', // 001
  '村级光伏', // 001
  '扶贫车间', // 001; 003: 加快扶贫就业车间建设
  '来料加工', // 001: 承接义乌等地来料加工项目
  '寿衣加工', // 001: 依托山北地区发展寿衣加工的优势
  '服装加工', // 001: 特色服装加工基地
  '小商品加工', // 001: 围绕小商品、电子产品加工等劳动密集型产业
  '电子产品加工', // 001
  '农家乐', // 001
  '家庭宾馆', // 001
  '蛋鸡养殖', // 004: 德青源蛋鸡扶贫项目
  '吨包车间', // 001: 吨包车间建在群众家门口 (photo caption)
  '矿泉水厂', // 000: 如果符合矿泉水标准，马上建设矿泉水厂 (planned)
] as const;

export const CAMPAIGN_SLOGANS = [
  '两不愁三保障', // 001
  '五个一批', // 001
  '六个精准', // 001, 004
  '三个落实', // 001
  '四个不摘', // 001
  '大走访', // 001
  '回头看', // 001
  '回头看大整改', // 000
  '三化两处理一创建', // 001
  '乡村振兴20字方针', // 001
  '登山精神', // 001: “宁愿苦干改山河，不甘苦熬度岁月”
  '周三扶贫帮扶日', // 001
  '双月攻坚', // 001
  '问题整改清零', // 001
  '三位一体', // 000: 构建“三位一体”大扶贫格局
  '五个亲自', // 000
  '头雁效应', // 000
  '六个一', // 003: 省定“六个一”“三个零差错”“三个显著提高”
  '三个零差错', // 003
  '三个显著提高', // 003
  '一户一档、一户一策', // 003
  '先诊疗后付费', // 003
  '千企帮千村', // 003
  '一户不落，应搬尽搬', // 003
  '两线合一', // 004: 扶贫标准线和低保标准线两线合一
  '扶上马，送一程', // 004
  '多个渠道引水、一个龙头放水', // 004
  '九牛爬坡，个个出力', // 004
  '一人就业，全家脱贫', // 004
  '六改一增', // 002
] as const;

export const NAMED_PEOPLE = [
  { name: '丁保见', role: '脱贫户，82岁', place: '嵩县九皋镇石场村', doc: '000' },
  { name: '郝家华', role: '驻村第一书记（中组部、中国节能环保集团选派）', place: '嵩县九皋镇石场村', doc: '000' },
  { name: '赵留升', role: '教授级高工，河南省地矿局第一地质矿产调查院', place: '嵩县九皋镇石场村', doc: '000' },
  { name: '李红强', role: '贫困户（退出核查合格）', place: '栾川县秋扒乡秋扒村', doc: '004' },
  { name: '宋汉伟', role: '易地搬迁户', place: '嵩县旧县镇伊龙社区', doc: '004' },
  { name: '杜中岳', role: '洛阳市扶贫办主任', place: '洛阳市', doc: '004' },
  { name: '李亚', role: '省委常委、副省长、洛阳市委书记；脱贫攻坚领导小组第一组长', place: '洛阳市', doc: '004' },
  { name: '刘宛康', role: '洛阳市委副书记、代市长；脱贫攻坚领导小组组长', place: '洛阳市', doc: '004' },
  { name: '张文深', role: '南阳市委书记', place: '南阳市', doc: '003' },
  { name: '霍好胜', role: '南阳市委副书记、市长', place: '南阳市', doc: '003' },
  { name: '王智慧', role: '南阳市委副书记', place: '南阳市', doc: '003' },
] as const satisfies readonly { name: string; role: string; place: string; doc: DocId }[];

/*
 * Figures in the documents that are not about the poverty campaign and are left out:
 * 000 中原学者 (3人), 环保信用评价 (3方面/4等级), 中原银行洛阳分行, 政银合作 (1754家/93.72亿元/12445份);
 * 001 政府储备肉 (40家门店), 西工区 (32项指标/满意率96%), 医保改革 "1+4+2";
 * 002 中亚班列 (42个车厢), 西工区科技企业 (154家/19家/2亿元等), 十字绣《清明上河图》;
 * 003 宛城区送清凉 (8万余元).
 */
