import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../utils/analyzer/language';

describe('detectLanguage', () => {
  it('tells Simplified from Traditional by most Han characters', () => {
    expect(detectLanguage('您的借款已经逾期，请尽快还款。')).toBe('zh-Hans');
    expect(detectLanguage('您的借款已經逾期，請儘快還款。')).toBe('zh-Hant');
  });

  it('counts Cantonese as Traditional', () => {
    expect(detectLanguage('你唔還錢我哋就上嚟')).toBe('zh-Hant');
    expect(detectLanguage('你唔还钱我哋就上嚟')).toBe('zh-Hant');
  });

  it('judges mixed-language messages by their Han characters', () => {
    expect(detectLanguage('Hi 王总，your account 已经 overdue 两个月了，麻烦这周五之前 settle 一下')).toBe('zh-Hans');
    expect(detectLanguage('Hi 黃先生，您的 credit card 已經 past due 60天了，請在 this Friday 前處理')).toBe('zh-Hant');
  });

  it('reads a message without Han characters, or one that only names someone in Chinese, as English', () => {
    expect(detectLanguage('Your account is past due. Please call us today.')).toBe('en');
    expect(detectLanguage('Hi 李先生, this is a reminder that your account with us is now thirty days past due and needs attention soon.')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('defaults to Simplified when no character tells the scripts apart', () => {
    expect(detectLanguage('你好')).toBe('zh-Hans');
  });
});
