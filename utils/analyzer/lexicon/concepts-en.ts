import type { Concepts } from './types';

/** English term lists that several rules share, written in lower case. */
export const CONCEPTS_EN: Concepts = {
  /** Chat spellings of near times: 2nite, tmrw (the plain words' own variants are in dodges.ts). */
  chat_time_en: ['2nite', '2night', 'tonite', '2day', 'tmrw', 'tmr', 'tmrow', '2moro', '2morrow', 'tomoz'],
  /** People around the reader, always with "your": "call your employer", not "call my brother". */
  third_party_en: [
    'your referee', 'referee', 'referees', 'hr department', 'the hr department', 'human resources department', 'your employer*', 'your boss', 'your supervisor', 'your manager', 'your hr', 'your human resources', 'your payroll', 'your coworker*',
    'your co workers', 'your colleague*', 'your workplace', 'your job', 'your work', 'your family', 'your wife', 'your husband', 'your spouse',
    'your partner', 'your mother', 'your mom', 'your mum', 'your father', 'your dad', 'your parents', 'your sister', 'your brother',
    'your son', 'your daughter', 'your kids', 'your children', 'your child', 'your relatives', 'your friends', 'your friend', 'your neighbors',
    'your neighbours', 'your neighbor', 'your neighbour', 'your references', 'your reference', 'your contacts', 'your emergency contact*',
    'your landlord', 'your church', 'your girlfriend', 'your boyfriend', 'your fiance*', 'your in laws', 'your grandmother',
    'your grandparents', 'your loved ones', 'your family members', 'your employers', 'your office',
    'your company', 'your team', 'your barangay', 'your kapitan', 'your barangay captain', 'your village', 'your community', 'your social media', 'your facebook', 'your linkedin', 'your instagram', 'your followers', 'your friends list', 'your contacts list',
  ],
  contact_verb_en: [
    'contact*', 'call', 'calls', 'called', 'calling', 'rang', 'rung', 'phoned', 'phone*', 'text', 'texted', 'texting', 'email*', 'message', 'messaged', 'messaging',
    'had a word with', 'had a quick word with', 'had a chat with', 'ring', 'ringing', 'tell', 'telling', 'told', 'inform*', 'notify', 'notified', 'notifying', 'reach out to', 'reaching out to', 'reached out to',
    'speak to', 'speak with', 'speaking with', 'speaking to', 'spoke to', 'spoke with', 'spoken to', 'spoken with', 'talk to', 'talk with', 'talks to', 'talks with', 'speaks to', 'speaks with',
    'talked to', 'talked with', 'talking to', 'letter to', 'write to', 'wrote to', 'writing to', 'writing directly to', 'write directly to', 'tag', 'tagging', 'tagged', 'post', 'posting', 'share',
    'sharing', 'left messages with', 'left a message with', 'leave a message with', 'leaving messages with', 'knock on', 'knocking on', 'in touch with', 'been in touch with', 'get hold of', 'reached', 'notice to', 'sent a notice to', 'send a notice to', 'sent a letter to', 'send a letter to', 'sent word to', 'wrote to',
    'ask', 'asking', 'asked', 'get in touch with', 'visit', 'visiting', 'show up at', 'go to', 'send it to', 'sent it to', 'contacted',
    'explain to', 'let', 'coordinate with', 'coordinating with', 'have a word with', 'having a word with', 'a word with', 'have a chat with', 'have a little chat with', 'send messages to', 'sending messages to', 'send a message to', 'send texts to', 'sms', 'whatsapp',
  ],
  /** Words that say a sum is being paid. */
  pay_en: [
    'pay', 'pay up', 'pay back', 'pay it', 'pay off', 'payment', 'make a payment', 'make your payment', 'make payment', 'settle', 'settle up',
    'clear your balance', 'clear the balance', 'clear your debt', 'bring your account current', 'bring the account current', 'send payment',
    'remit', 'transfer the money', 'send the money', 'pop it over', 'repay', 'pay what you owe', 'pay the balance',
  ],
  /** Days, dates and clock times: friday, 5/10, march 1, 5 pm, the 20th. */
  date_en: [
    'today', 'tonight', 'tomorrow', 'this evening', 'this afternoon', 'end of day', 'end of the day', 'end of the week', 'end of the month',
    'end of business', 'close of business', 'end of play', 'month end', 'month-end', 'end of month', 'eod', 'cob', 'noon', 'midnight', '#noon', '# noon', '#midnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
    'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'january', 'february', 'march', 'april', 'may #', '# may',
    'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec', '#/#', '#/#/#', '#-#-#', '# pm', '#pm', '# am', '#am', '# p.m.', '# a.m.', 'the #th', 'the #st',
    'the #nd', 'the #rd', '#th', '#st', '#nd', '#rd', 'next week', 'this week', 'the weekend', 'this month',
  ],
  /** A span counted from now: 14 days, 24 hours. */
  duration_en: [
    '# days', '# day', '# clear days', '# calendar days', '# full days', '# hours', '# hour', '# hrs', '# business days', '# working days', '# weeks', '# week', '# minutes', '# mins',
    'ten days', 'seven days', 'fourteen days', 'thirty days', 'two weeks', 'a week', 'an hour', '24h', '48h', '72h', '24hrs', '24hours',
  ],
};
