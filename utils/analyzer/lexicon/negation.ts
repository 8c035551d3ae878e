/**
 * Negation and reassurance: "我们不会上门", "不會有刑責", "we will never call your
 * employer", "no one will visit your home" deny the tactic that follows them.
 */
export const NEGATION_CUES: readonly string[] = [
  '不会', '不会再', '并不会', '也不会', '绝不', '绝不会', '绝对不会', '决不', '从不', '从不会', '从来不', '不再', '不可能', '不能', '无法', '没有', '没人会',
  '没有人会', '不用', '无需', '无须', '不必', '不需要', '未曾', '唔会', '唔使', '冇', '不上', '不查', '不看', '不影响', '免查', '勿', '切勿', '请勿', '不要泄露', '不要透露', '不要提供', '不要向', '千万不要', '不会向', '不会要求', '不会索要', '不会因此就', '不会因为这样就', '唔会因为咁就', '唔会因此就',
  'not', 'never', 'no', "won't", 'will not', "don't", 'do not', "doesn't", 'does not', "didn't", 'did not', "isn't", "aren't",
  "wouldn't", 'would not', 'no one', 'nobody', 'without', 'cannot', "can't", 'not going to', "shouldn't", 'neither', 'nor',
  // What the law forbids collectors, as regulators and advice pages put it: "prohibited from contacting people in your phonebook", 严禁暴力催收.
  'prohibited from', 'banned from', 'forbidden from', 'forbidden to', '禁止', '严禁',
];

/**
 * Denials that must touch the act they deny: the collector saying it does not do it, with a
 * bare 不 ("我们不上门", "本公司不爆通讯录"), or the next item of such a list ("、不爆通讯录").
 * Apart from the act they deny nothing: "我哋唔保證…", "我们不希望走到法律程序那一步" are
 * veiled threats, and a bare 不 elsewhere is the reader's failure in a condition ("今天不把钱还上").
 */
export const NEGATION_TOUCHING: readonly string[] = [
  '我们不', '我们也不', '我们都不', '我们从不', '我们公司不', '我们平台不', '公司不', '我司不', '本公司不', '本司不', '本平台不', '平台不',
  '我哋唔', '我哋都唔', '我哋亦唔', '我哋公司唔', '、不', '、唔',
];

/** Words that start a new proposition, out of a negation's reach: "不还就…", "don't pay we will…". */
export const NEGATION_BLOCKERS: readonly string[] = [
  '就', '将', '将会', '则', '我们会', '我们将', '我们就', '我哋会', '我哋就', '我司将', '本公司将', '你会', '你将', '否则', '不然', '要不', '的话', '便', '马上', '立即', '直接', '但', '但是', '可是', '只', '只会', '而是', '还会',
  '手软', '客气', '放过', '留情', '心软', '罢休', '善罢甘休',
  'hesitate', 'think twice', 'go easy', 'let this go', 'let it go', 'stop until', 'rest until', 'make me', 'make us', 'force me', 'force us',
  'if', 'unless', 'but', 'then', 'otherwise', 'or else', 'we', "we'll", 'they', "they'll", 'i', "i'll", 'you will', "you'll", 'you are',
  "you're", 'you must', 'you can', 'you have', 'so', 'until', 'because', 'and we', 'instead',
];

/** Words before a negation that make it a condition or a dare, so the threat stands. */
export const NEGATION_CANCELS: readonly string[] = [
  '如果', '若', '要是', '假如', '如', '一旦', '别以为', '不要以为', '你以为', '以为', '难道', '万一',
  'if', 'unless', "don't think", 'do not think', "don't assume", 'do you think', 'in case', 'until',
];
