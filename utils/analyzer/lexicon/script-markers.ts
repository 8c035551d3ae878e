/**
 * Frequent characters that Simplified and Traditional write differently. Any real
 * message holds a few of them, which is enough to tell its script; the build keeps the
 * Traditional form of each (see scripts/generate-script-tables.ts).
 */
export const COMMON_CHARACTERS =
  '们这个来说时会为对国过还没发后经现开关问题实东车长门见间电话钱银贷债务请账户号码联系给让认识语书写买卖单业处办与从众传体价边动区导带当点队儿么样进应学两万几头气热总员难觉计记该读谁论设证词调议讲诉转达运远适递邮钟错铁链闭阳际陈险随隐页须顾领频题风飞饭马验鱼鸡黄齐龙网罗义乐习乡乱亏亲仅优伤伟侧俭倾储兑党兰兴养内册军农冲决况冻净凉减击凭则刚创删别剂剧劝励劳势医华协卫却厂历压厌县参双变叶吓吗启响团围园圆图场坏块坚执扩扫扬扰护报担拟拥择挂挡挤挥损换据摆数断无旧显晓术机杀杂权条极构枪标树桥检楼欢毁汇汉沟测济涨温湾满灭灯灵灾烂爱独环画疗盖盘码确礼离种积称稳穷竞笔简类紧纠红纪约级纸线练组细织终结绕络绝统继续维综绿编缓罚职联脑脱艺节药获虑虽补装观规视览触订讨训讯许评试诚询详误课谈谢负财责败货质购贴贵费资赔赖赶轮软轻载较辆辈输迁违连迟选遗邻释锁闪闲闹闻阅阶陆静顶项顺顿额饮馆驾骗';

/** Cantonese characters: Hong Kong writes Cantonese in Traditional, so they vote for zh-Hant. */
export const CANTONESE_CHARACTERS = '唔咗嘅哋喺嚟啲噉嘢揾搵攞冇佢睇乜咩嗰俾畀咁喇啱嚿冚';
