import { analyze } from '../utils/analyzer/index';
for (const t of process.argv.slice(2)) { const a = analyze(t, { now: new Date('2024-06-03T09:00:00Z') }); console.log(t, a.isCollection, a.signals.map(s=>s.label+':'+s.rules.join(',')), a.amounts.map(x=>x.value)); }
