import type { Contact } from '../types';
import { limitedMatches } from './matches';
import {
  AFTER_NAME_STOPS,
  AGENT_ID_CUES,
  NOT_NAMES,
  SURNAMES,
  TITLES_AFTER_SURNAME,
  TITLES_BEFORE_NAME,
} from './contact-words';

const alt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s')).join('|');
const SURNAME = `[${[...SURNAMES].join('')}]`;

interface Rule {
  pattern: RegExp;
  /** The agent's name or ID out of the match, or null when it is not one. */
  read: (groups: Record<string, string | undefined>) => string | null;
}

const RULES: Rule[] = [
  // 工号A3017, agent ID 5521.
  {
    pattern: new RegExp(`(?<![A-Za-z])(?:${alt(AGENT_ID_CUES)})\\s?[:#]?\\s?(?<id>[A-Za-z0-9][A-Za-z0-9-]{1,20})`, 'dgi'),
    read: (g) => (/\d/.test(g.id!) ? g.id! : null),
  },
  // 催收员张三, 專員陳小姐, 联系人：赵律师 — but not 紧急联系人张丽, the reader's own contact.
  {
    pattern: new RegExp(`(?<![紧緊]急)(?:${alt(TITLES_BEFORE_NAME)}):?\\s?(?<name>${SURNAME}[\\u4e00-\\u9fff]{1,2})`, 'dg'),
    read: (g) => trimName(g.name!),
  },
  // 赵律师, 周经理, 林專員.
  {
    pattern: new RegExp(`${SURNAME}(?:${alt(TITLES_AFTER_SURNAME)})`, 'dg'),
    read: (g) => g[0] ?? null,
  },
  // 我是易借钱贷后部的小李, 我係易達財務收數部嘅Kelvin, 我是和信客服小美.
  {
    pattern: /(?:我是|我係|我叫|本人是|本人係)[^,。.!?\n]{0,16}?(?<name>小[\u4e00-\u9fff]|[A-Z][a-z]{2,12})(?![\u4e00-\u9fffA-Za-z]|\s[A-Z])/dg,
    read: (g) => (NOT_NAMES.has(g.name!) ? null : g.name!),
  },
  // "this is Greg from Northpoint", "it's Mia from Flexpay", "my name is Dana".
  {
    pattern:
      /\b(?:(?:[Tt]his is|[Ii]t's|[Ii]t is|I'm|I am)\s(?<name>(?:Officer\s|Agent\s|Detective\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s(?:from|with|at|calling)\b)|[Mm]y name is\s(?<named>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))/dg,
    read: (g) => nameUnlessWord(g.name ?? g.named!),
  },
  // "Agent (Tina)", "Agent Daniel", "Officer Reynolds".
  {
    pattern: /\b(?<title>Agent|Officer|Detective|Investigator|Collector|Representative)\s\(?(?<name>[A-Z][a-z]+)\)?/dg,
    read: (g) => {
      const name = nameUnlessWord(g.name!);
      return name && g.title !== 'Agent' && g.title !== 'Collector' && g.title !== 'Representative' ? `${g.title} ${name}` : name;
    },
  },
];

/** Agent names and IDs the message gives: 工号A3017, 催收员张三, 赵律师, "this is Greg from …". */
export function findAgents(folded: string, text: string): Contact[] {
  const agents: Contact[] = [];
  for (const rule of RULES) {
    for (const match of limitedMatches(folded, rule.pattern)) {
      const value = rule.read({ ...match.groups, 0: match[0] });
      if (!value) continue;
      // Highlight the name itself where the rule found one, the whole "工号A3017" otherwise.
      const [start, groupEnd] = match.indices!.groups?.name ?? match.indices!.groups?.named ?? match.indices![0]!;
      // A name trimmed of a following word (张三说 → 张三) ends where the name does.
      const end = folded.startsWith(value, start) ? start + value.length : groupEnd;
      agents.push({ kind: 'agent', value, text: text.slice(start, end), spans: [{ start, end }] });
    }
  }
  return agents;
}

function trimName(name: string): string | null {
  let end = 1;
  while (end < name.length && !AFTER_NAME_STOPS.includes(name[end]!)) end++;
  return end >= 2 ? name.slice(0, end) : null;
}

function nameUnlessWord(name: string): string | null {
  return NOT_NAMES.has(name.split(/\s/)[0]!) ? null : name;
}
