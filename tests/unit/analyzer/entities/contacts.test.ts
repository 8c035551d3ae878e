import { describe, expect, it } from 'vitest';
import { findContacts } from '../../../../utils/analyzer/entities';
import type { ContactKind } from '../../../../utils/analyzer/types';

const read = (text: string, kind: ContactKind) =>
  findContacts(text)
    .filter((c) => c.kind === kind)
    .map((c) => c.value);

describe('findContacts', () => {
  it.each([
    ['请回电186 2103 5587或13812345678', ['18621035587', '13812345678']],
    ['联系电话：010-6521 7788，或0755-23651180', ['01065217788', '075523651180']],
    ['客服热线400-820-6635', ['4008206635']],
    ['請撥(02)2765-3180或0912-345-678', ['0227653180', '0912345678']],
    ['請致電 2233 8800 查詢，或WhatsApp 61234587', ['22338800', '61234587']],
    ['Call (855) 301-7788 or +1 877 555 0110.', ['8553017788', '+18775550110']],
    ['Ring us on 0161 555 0192 or +44 7700 900123.', ['01615550192', '+447700900123']],
    ['免付費電話0800-231-655', ['0800231655']],
    ['请拨打95588转人工', ['95588']],
  ])('reads the phone numbers in %s', (text, phones) => {
    expect(read(text, 'phone')).toEqual(phones);
  });

  it.each([
    ['a card tail', '您尾号0417的信用卡'],
    ['a bank account', '转入账户：6217 0032 1100 4587 211'],
    ['a date', '2024-03-10 到期'],
    ['an amount', '欠款人民币21,884.56元'],
    ['a parcel number', '快件SF1402876631245已到'],
    ['a masked number', '联系人：138****5621'],
    ['a chat ID', '加我QQ 2873114590'],
    ['a time range', '工作日9:00-18:00'],
  ])('finds no phone number in %s', (_what, text) => {
    expect(read(text, 'phone')).toEqual([]);
  });

  it.each([
    ['合同编号：SDB20230512-0871', ['SDB20230512-0871']],
    ['案号（2024）鸿仲字第1187号', ['（2024）鸿仲字第1187号']],
    ['Please reference #ER2291734 when you call.', ['ER2291734']],
    ['Your account ending in 4821 is past due.', ['4821']],
    ['閣下之私人貸款（貸款編號 PL-2023-00871）', ['PL-2023-00871']],
    ['您尾号0417的信用卡', ['0417']],
    ['Re: Account 7781-0023 Past Due', ['7781-0023']],
  ])('reads the reference in %s', (text, references) => {
    expect(read(text, 'case_number')).toEqual(references);
  });

  it.each([
    ['我是催收员张三，请配合。', ['张三']],
    ['我是催收员张三说的那个案子', ['张三']],
    ['我是委托催收员，工号A3017。', ['A3017']],
    ['联系人：赵律师 电话见上', ['赵律师']],
    ['請來電，專員陳小姐。', ['陳小姐']],
    ['我是遠信銀行催收部李專員', ['李專員']],
    ['我是易借钱贷后部的小李。', ['小李']],
    ['我係易達財務收數部嘅Kelvin。', ['Kelvin']],
    ['Hi Jordan, this is Greg from Northpoint Recovery.', ['Greg']],
    ['My name is Dana Smith and I am calling about your account.', ['Dana Smith']],
    ['Agent (Tina): I can waive $100.', ['Tina']],
    ['This is Officer Reynolds with the Financial Crimes Unit.', ['Officer Reynolds']],
  ])('reads the agent in %s', (text, agents) => {
    expect(read(text, 'agent')).toEqual(agents);
  });

  it.each([
    ["the reader's emergency contact", '我们已通知你的紧急联系人张丽。'],
    ['the reader addressed by title', '王先生您好，李女士，陈小姐'],
    ['a company introducing itself', 'This is Summit Bank collections. Agent: I spoke to my manager.'],
    ['a title without a name', '我是万融金融客服，我们主管同意了'],
  ])('finds no agent in %s', (_what, text) => {
    expect(read(text, 'agent')).toEqual([]);
  });

  it('gives each detail once, in reading order, with spans into the original text', () => {
    const text = '【通知】联系人：赵律师，电话０１０－６５２１ ７７８８，合同编号：ＳＤＢ－００１２';
    const contacts = findContacts(text);
    expect(contacts.map((c) => [c.kind, c.value])).toEqual([
      ['agent', '赵律师'],
      ['phone', '01065217788'],
      ['case_number', 'SDB-0012'],
    ]);
    for (const contact of contacts) {
      expect(text.slice(contact.spans[0]!.start, contact.spans[0]!.end)).toBe(contact.text);
    }
  });
});
