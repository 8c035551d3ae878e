/**
 * Frequent characters that Simplified and Traditional write differently. Any real
 * message holds a few of them, which is enough to tell its script; the build keeps the
 * Traditional form of each (see scripts/generate-script-tables.ts).
 */
export const COMMON_CHARACTERS =
  '们这个来说时会为对国过还没发后经现开关问题实东车长门见间电话钱银请给让认识语书写买卖单业处办与从传体价边动区带当点么样进应学两万几头气总员难觉计记该读谁论设证调议讲转达运远邮错铁阳险随页须顾领风饭马验鱼黄网乐习亲优伤伟';

/** Cantonese characters: Hong Kong writes Cantonese in Traditional, so they vote for zh-Hant. */
export const CANTONESE_CHARACTERS = '唔咗嘅哋喺嚟啲噉嘢揾搵攞冇佢睇乜咩嗰俾畀咁喇啱嚿冚';
