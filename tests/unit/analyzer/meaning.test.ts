import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analyzer/index';
import type { Label } from '../../../utils/analyzer/types';

const now = new Date('2024-06-03T09:00:00Z');
const labels = (text: string): Label[] => analyze(text, { now }).signals.map((s) => s.label);

describe('negation and reassurance', () => {
  it('does not set a label the message denies', () => {
    expect(labels('Your account is past due. We will not contact your employer and no one will visit your home. Please call us.')).not.toContain('third_party_contact');
    expect(labels('Your account is past due. We will not contact your employer and no one will visit your home. Please call us.')).not.toContain('visit_threat');
    expect(labels('您的借款已逾期，我们不会上门，也不会联系您的家人，请尽快还款。')).toEqual(['payment_demand']);
    expect(labels('您的卡債已逾期，不會有刑責問題，請與本行聯繫。')).not.toContain('criminal_threat');
  });

  it('hears the collector deny its own acts with a bare 不 or 唔, one after another', () => {
    for (const text of ['我们公司不上门、不爆通讯录，请您今天还款5000元，已逾期。', '本公司不上门、不骚扰家人，您已逾期10天，请今天还款。', '我哋唔上門、唔搵你屋企人，你已經逾期，今日還返$800就得。']) {
      expect(labels(text), text).not.toContain('visit_threat');
      expect(labels(text), text).not.toContain('third_party_contact');
    }
    // A wish, a promise or a dare between the denial and the act still threatens.
    expect(labels('我们不想上门，今天必须还款，已逾期。')).toContain('visit_threat');
    expect(labels('你再唔還，我哋唔保證你同你老婆嘅人身安全')).toContain('violence_threat');
    expect(labels('别以为我们不上门，今天不还明天就到，已逾期。')).toContain('visit_threat');
  });

  it('keeps a conditional threat: "if you don\'t pay, we will…"', () => {
    expect(labels("Your loan is overdue. If you don't pay we will contact your employer.")).toContain('third_party_contact');
    expect(labels('你的欠款已逾期，不还就上门。')).toContain('visit_threat');
    expect(labels("If we don't hear from you by Friday, we will sue.")).toEqual(expect.arrayContaining(['deadline', 'legal_action', 'contact_request']));
  });

  it('keeps a threat dared through a negation', () => {
    expect(labels('你欠的钱拖了半年，别以为我们不敢起诉你。')).toContain('legal_action');
    expect(labels("You owe us $900. Don't think we won't take you to court.")).toContain('legal_action');
    expect(labels('You owe $2,000 and we will not hesitate to call the police.')).toContain('criminal_threat');
  });
});

describe('indirect threats', () => {
  it('hears a hint about the boss or the family as third-party contact', () => {
    expect(labels("You still owe $700. Your boss wouldn't want to hear about this.")).toContain('third_party_contact');
    expect(labels('你欠的钱还不还？你单位领导应该不想知道吧。')).toContain('third_party_contact');
  });

  it('hears a watcher\'s detail followed by an unfinished warning as a threat to safety', () => {
    expect(labels('欠款拖了三个月。你女儿每天几点放学，走哪条路，我们都清楚。自己想清楚。')).toContain('violence_threat');
    expect(labels('You owe $2,500. Your car was parked outside the Tesco again at 6. Your choice.')).toContain('violence_threat');
    // The same warning with no watched detail is pressure, not a threat to safety.
    expect(labels('你的欠款已经逾期三个月了，要不要还款你自己想清楚。')).not.toContain('violence_threat');
    expect(labels('Your balance of $2,500 is overdue. Paying is your choice, but fees will keep growing.')).not.toContain('violence_threat');
  });

  it('hears "we know where you live" as a threat to safety', () => {
    expect(labels('You owe us. We know where your kids go to school.')).toContain('violence_threat');
    expect(labels('欠的钱赶紧还，你住哪我们都知道。')).toContain('violence_threat');
  });
});

describe('disguised words', () => {
  it('reads pinyin, sound-alikes and spaced letters', () => {
    expect(labels('你的欠款已逾期，再不还就上报征xin。')).toContain('credit_report');
    expect(labels('你的欠款已逾期，明天就起su你。')).toContain('legal_action');
    expect(labels('你的网贷已逾期，今晚爆你通訊綠。')).toContain('third_party_contact');
    expect(labels('Your account is overdue and has been flagged for l.a.w.s.u.i.t.')).toContain('legal_action');
  });

  it('reads a word written wholly in pinyin, a syllable at a time', () => {
    expect(labels('你这笔已经逾期两周了，再拖就给你上报 Zheng Xin。')).toContain('credit_report');
    expect(labels('欠款逾期不处理，我们就爆你 tong xun lu，让大家都知道。')).toContain('third_party_contact');
    expect(labels('ni de qian kuan yi jing yu qi le, jin tian bu huan jiu shang bao zheng xin')).toContain('credit_report');
    // The same syllables in an English sentence are only names.
    expect(analyze('Thanks for lunch with Zheng and Xin yesterday, see you soon.', { now }).isCollection).toBe(false);
  });

  it('reads a disguised word inside a longer phrase: 你单wei, 恶意tou支, 你们gong si', () => {
    expect(labels('您已逾期60天，明天就联系你单wei。')).toContain('third_party_contact');
    expect(labels('你属于恶意tou支，已逾期三个月。')).toContain('criminal_threat');
    expect(labels('您已逾期，我们明天去你们 gong si 找你。')).toContain('visit_threat');
    expect(labels('钱再不还，直接交gong安处理。')).toContain('criminal_threat');
    expect(labels('你已经逾期两个月了，再不huan钱，后果自负。')).toContain('payment_demand');
    expect(labels('欠款拖了半年，再不处理我们就联xi你的家人。')).toContain('third_party_contact');
  });
});

describe('look-alikes that are not collection', () => {
  const notCollection = [
    'Your electricity bill of $84.10 is due on July 2. Pay online any time.',
    'Congratulations! You are pre-approved for a $10,000 loan. Apply now.',
    '【某银行】您尾号1234的信用卡消费5,000元，如非本人操作请致电客服。',
    '您的快递已到驿站，取件码3-1-2201。',
    '聽說有人收到假冒法院的簡訊，大家要小心。',
    'lol you still owe me $12 for lunch, no rush',
  ];
  it.each(notCollection)('%s', (text) => {
    const a = analyze(text, { now });
    expect(a.isCollection).toBe(false);
    expect(a.signals).toEqual([]);
  });

  it('hears a due date still ahead and an unpaid shop order as no collection', () => {
    for (const text of ['下周五是您的还款日，记得在App内按时还款哦～', '亲，您拍下的连衣裙还没付款哦，订单15分钟后自动关闭，记得尽快付款～']) {
      expect(analyze(text, { now }).isCollection, text).toBe(false);
    }
    expect(analyze('您的水费已经超期20天没缴了，再不交的话下周起停水。', { now }).isCollection).toBe(true);
  });

  it('hears a laughing face as a joke between friends, not a threat from a collector', () => {
    const joke = '今晚下班一起撸串？谁迟到谁买单啊，不来的话我就杀到你家把你拖出来';
    expect(analyze(`${joke}🤣`, { now }).isCollection).toBe(false);
    expect(analyze(`${joke}哈哈哈`, { now }).isCollection).toBe(false);
    expect(analyze('[Flat 4B group chat] whoever keeps eating my yoghurt, I know where you sleep 🔪😂', { now }).isCollection).toBe(false);
    // A collector who laughs is still a collector.
    expect(analyze('亲，您在花花借的那笔款子拖了一周了哦，系统天天给我派单我也挺为难的😂 方便的话先还个最低的500呗', { now }).isCollection).toBe(true);
  });
});

describe('words that name something else here', () => {
  it('reads a civil warrant for goods as court enforcement, not arrest', () => {
    const text = 'A warrant of control has been issued for your unpaid balance of £820. An enforcement agent may attend to take goods.';
    expect(labels(text)).toContain('legal_action');
    expect(labels(text)).not.toContain('criminal_threat');
    expect(labels('You owe £820. A warrant for your arrest will follow.')).toContain('criminal_threat');
  });

  it('hears 收數 as a demand from the collector, not in the calls a person tells of', () => {
    expect(labels('你张卡拖了半年，明天会有人来收数。')).toContain('payment_demand');
    expect(labels('你唔還錢，聽日有人嚟收數。')).toContain('payment_demand');
    expect(analyze('我真係頂唔順，張卡碌爆咗成十萬，日日有人打嚟收數，我唔知點算。', { now }).isCollection).toBe(false);
  });

  it('does not hear "public holiday" as the public told', () => {
    expect(labels('Your loan repayment is overdue. Our office is shut for the public holiday, so please pay online.')).not.toContain('third_party_contact');
    expect(labels('Your loan is overdue. Pay today or we make this public.')).toContain('third_party_contact');
  });

  it('does not hear the reader sent to the prosecutor as a visit', () => {
    expect(labels('欠款拖了半年，再拖下去你自己去地检署跑一趟吧。')).not.toContain('visit_threat');
    expect(labels('欠款拖了半年，明天我们派人到你家跑一趟。')).toContain('visit_threat');
  });

  it('hears a letter counted from its arrival as a limit, and an offer made on its arrival as none', () => {
    expect(labels('您的欠款已逾期，请在收到本函之日起五日内清偿。')).toContain('deadline');
    expect(labels('您的欠款已逾期，如有困难可在收到本函后来电协商分期。')).not.toContain('deadline');
  });

  it('does not take the collector naming its own loan app for a second lender', () => {
    expect(labels('Hello, this is FlashRupee loan app. Your EMI of Rs 2,100 is 9 days overdue.')).not.toContain('scam_signal');
    expect(labels('Your EMI is overdue. Borrow from a quick loan app today and clear us first.')).toContain('scam_signal');
  });

  it('does not take the collector\'s own month of targets for the reader\'s limit', () => {
    expect(labels('求你了，先还个两百也行，转我微信就行，不然我这个月业绩又要垫底了。')).not.toContain('deadline');
    expect(labels('欠款今天必须还，不然明天开始天天打你单位电话。')).toContain('deadline');
  });

  it('does not hear "sit down and chat" as an invitation to talk', () => {
    expect(labels('这钱再不还，下回见面可不是坐下来聊天那么简单了。')).not.toContain('contact_request');
    expect(labels('我们就在你楼下，欠款的事下来聊聊吧。')).toContain('contact_request');
  });
});

describe('tactics in plain or local words', () => {
  it('hears a bare sum with a time and an "or"', () => {
    expect(labels("You've dodged us for weeks. 4,600 by Monday or we start calling your friends.")).toEqual(
      expect.arrayContaining(['payment_demand', 'deadline', 'third_party_contact']),
    );
  });

  it('hears harm promised in other words', () => {
    expect(labels('还钱的事拖到现在，下次碰到你，见了血可别怪我们。')).toContain('violence_threat');
    expect(labels('欠我们的钱不还，改天给你放点血。')).toContain('violence_threat');
    expect(labels('Pay the 6,000, or your husband might not make it home one night.')).toContain('violence_threat');
  });

  it('hears a plan, a new date or "something that suits you" as an offer', () => {
    expect(labels('Your account is $880 in arrears. We can set you up on a plan of $20 a week.')).toContain('settlement_offer');
    expect(labels('Your instalment of $410 is overdue. Call us if you need to reschedule.')).toContain('settlement_offer');
    expect(labels("You're €300 behind. Ring us and we'll work something out that suits you.")).toContain('settlement_offer');
  });

  it('hears the formal demand of a default notice, and more charges to come', () => {
    expect(labels('NOTICE OF DEFAULT: you must remedy the default by paying the arrears of $1,200 within 30 days.')).toContain('payment_demand');
    expect(labels("Your account is $400 behind. We don't want to add any more charges, so please call us.")).toContain('fee_or_penalty');
  });

  it('hears a Cantonese balance grown by interest, and a part paid "for now"', () => {
    expect(labels('你上年借咗兩萬，而家連利息疊到兩萬八，仲唔還？')).toContain('fee_or_penalty');
    expect(labels('你條數拖咗兩個月，聽日之前俾住$1,500先。')).toContain('payment_demand');
  });

  it('hears a limb held as a pledge, and talking that will not happen next time', () => {
    expect(labels('这笔钱不到位，你一条腿就先抵押在我们这。')).toContain('violence_threat');
    expect(labels('欠的钱拖了三个月，下回见面可就不是坐下来聊天了。')).toContain('violence_threat');
    expect(labels('你的欠款已逾期，你的手机押在我们这儿也没用，请尽快还款。')).not.toContain('violence_threat');
  });

  it('hears money sent "over there", a sum first in Cantonese, and a dare not to pay', () => {
    expect(labels('欠款已逾期，扫这个码把2600转过去就行。')).toContain('payment_demand');
    expect(labels('你筆數拖咗好耐，聽朝之前轉$1,200去我戶口先。')).toContain('payment_demand');
    expect(labels('这笔钱你敢不还试试看。')).toContain('payment_demand');
  });

  it('hears a failed repayment as collection, and the account to be funded as a demand', () => {
    const a = analyze('Your loan repayment of KES 9,400 failed due to insufficient funds. Kindly fund your account within 24 hours to avoid a late charge.', { now });
    expect(a.isCollection).toBe(true);
    expect(a.signals.map((s) => s.label)).toEqual(expect.arrayContaining(['payment_demand', 'deadline', 'fee_or_penalty']));
    expect(labels('Your Zipline payment of $41.20 did not go through. Tap to retry.')).toContain('payment_demand');
  });

  it('hears the lowest figure, a square account and a payment moved by days as offers', () => {
    expect(labels("Your balance is $3,100 overdue. The lowest I can go is $2,000 to close it.")).toContain('settlement_offer');
    expect(labels("Your $60 instalment is late. Pay it by Friday and we'll call it square.")).toContain('settlement_offer');
    expect(labels('Your $80 payment failed. Reply WAIT to move it 14 days.')).toContain('settlement_offer');
  });

  it('hears a criminal record, the enforcement agency and a face thicker than a wall', () => {
    expect(labels('您的債務已逾期，如不希望留下前科，請盡快聯繫。')).toContain('criminal_threat');
    expect(labels('【法務部行政執行署】您的欠款已逾期，名下財產即將查封。')).toContain('legal_action');
    expect(labels('欠钱三个月不还，你这人脸皮可真是比城墙还厚。')).toContain('abuse');
  });

  it('reads Tagalog "bayad na" as a demand', () => {
    expect(labels('Your loan of PHP 4,000 is 20 days overdue. Bayad na today.')).toContain('payment_demand');
  });
});
