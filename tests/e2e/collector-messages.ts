/** Messages a collector sends, for the end-to-end tests that paste them into a chat page. */
export const MESSAGES = {
  en: 'FINAL NOTICE: Your account is 90 days overdue. Pay the balance of $1,240.50 by 6pm today or we will contact your employer and your family about this debt.',
  zhHans: '你欠的三千元已经逾期两个月了，今天18点前必须还清，否则我们就联系你的家人和单位。',
  zhHant: '您的信用卡欠款已逾期60天，請於今天下午5點前還款新台幣12,000元，否則我們將通知您的公司和家人。',
  ordinary: 'Sounds good, see you at lunch tomorrow!',
};
