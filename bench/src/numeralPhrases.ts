// Figures as the documents write them, with the value each must read to. `phrase` is the words
// around the figure as they stand in the text; `token` is the figure alone (what a decoder gets).
// Most come from the seeds (file noted); a few forms the seeds lack but the parser's tests cover
// (亿, 多, Chinese words) are marked "tests".

/** One figure of the benchmark list. */
export interface NumeralPhrase {
  readonly phrase: string;
  readonly token: string;
  readonly value: number;
  readonly from: string;
}

/** The list (40 figures). */
export const NUMERAL_PHRASES: readonly NumeralPhrase[] = [
  { phrase: "新增普惠幼儿托位1万个", token: "1万", value: 10000, from: "seed 001" },
  { phrase: "更新换装100万块智能电表", token: "100万", value: 1000000, from: "seed 002" },
  { phrase: "完成21.5万户燃气安全检查", token: "21.5万", value: 215000, from: "seed 002" },
  { phrase: "“清管行动”1万公里", token: "1万", value: 10000, from: "seed 002" },
  { phrase: "完成3.65万亩高标准农田建设", token: "3.65万", value: 36500, from: "seed 004" },
  { phrase: "专用雨水管涵861.209公里", token: "861.209", value: 861.209, from: "seed 002" },
  { phrase: "为260余万居民用户", token: "260余万", value: 2600000, from: "seed 002" },
  { phrase: "城乡劳动力就业1.5万人以上", token: "1.5万", value: 15000, from: "seed 004" },
  { phrase: "宣传受众不低于5万人次", token: "5万", value: 50000, from: "seed 004" },
  { phrase: "体育赛事活动3.6万场", token: "3.6万", value: 36000, from: "seed 004" },
  { phrase: "农村雨水管涵50.67公里", token: "50.67", value: 50.67, from: "seed 002" },
  { phrase: "占比58.47%", token: "58.47", value: 58.47, from: "seed 004" },
  { phrase: "合格率99.4%", token: "99.4", value: 99.4, from: "seed 004" },
  { phrase: "为全区5万燃气用户", token: "5万", value: 50000, from: "seed 002" },
  { phrase: "化妆品等不少于1.3万批次", token: "1.3万", value: 13000, from: "seed 004" },
  { phrase: "年度防治7万亩次", token: "7万", value: 70000, from: "seed 004" },
  { phrase: "开发就业岗位4万个以上", token: "4万", value: 40000, from: "seed 004" },
  { phrase: "排水沟渠73.83公里", token: "73.83", value: 73.83, from: "seed 002" },
  { phrase: "推进3000万平方米智能化改造", token: "3000万", value: 30000000, from: "seed 002" },
  { phrase: "新增停车位700余个", token: "700余", value: 700, from: "seed 001" },
  { phrase: "每月至少开展两次", token: "两", value: 2, from: "seed 004" },
  { phrase: "水管涵干支线919.173公里", token: "919.173", value: 919.173, from: "seed 002" },
  { phrase: "老旧管线改造3.54公里", token: "3.54", value: 3.54, from: "seed 002" },
  { phrase: "安装电采暖设备8000余台", token: "8000余", value: 8000, from: "seed 002" },
  { phrase: "累计清掏污染物5159.28立方米", token: "5159.28", value: 5159.28, from: "seed 002" },
  { phrase: "开展2.27万平方米小微绿地建设", token: "2.27万", value: 22700, from: "seed 002" },
  { phrase: "拆除违法建设71871平方米", token: "71871", value: 71871, from: "seed 004" },
  { phrase: "完成150756块智能电表更换", token: "150756", value: 150756, from: "seed 002" },
  { phrase: "累计投入34060 万元", token: "34060 万", value: 340600000, from: "seed 004" },
  { phrase: "排查隐患34000 余处", token: "34000 余", value: 34000, from: "seed 004" },
  { phrase: "办理诉求10775 件", token: "10775", value: 10775, from: "seed 004" },
  { phrase: "新增幼儿托位 600 个", token: "600", value: 600, from: "seed 003" },
  { phrase: "总投资4425.91万元", token: "4425.91万", value: 44259100, from: "tests" },
  { phrase: "投入资金1.8亿元", token: "1.8亿", value: 180000000, from: "tests" },
  { phrase: "服务群众十余万人次", token: "十余万", value: 100000, from: "tests" },
  { phrase: "培训三千多人", token: "三千多", value: 3000, from: "tests" },
  { phrase: "新增六千八百个学位", token: "六千八百", value: 6800, from: "tests" },
  { phrase: "新建两万个充电桩", token: "两万", value: 20000, from: "tests" },
  { phrase: "建成十二个口袋公园", token: "十二", value: 12, from: "tests" },
  { phrase: "覆盖13万2千户", token: "13万2千", value: 132000, from: "tests" },
];
