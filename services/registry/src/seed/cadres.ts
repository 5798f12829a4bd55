import { personName, type Rng } from '@pas/seed-kit';

// Units that sent cadres (帮扶单位): city departments and enterprises named in the documents.
const HELPER_UNITS = ['市人社局', '市财政局', '市卫健委', '市教育局', '市住建局', '市发改委', '市扶贫办', '涧西区', '洛阳银行', '中信重工'];

/** A cadre of a helping unit: a household's helper, a first secretary or a work team member. */
export function cadre(rng: Rng, since: Date) {
  const gender = rng.chance(0.7) ? 'MALE' : 'FEMALE';
  return { name: personName(rng, gender), unit: rng.pick(HELPER_UNITS), phone: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, since };
}
