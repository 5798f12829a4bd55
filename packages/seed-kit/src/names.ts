import type { Rng } from './rng.js';

// Common surnames of western Henan, weighted by listing the frequent ones more than once.
const SURNAMES = '王王王李李李张张张刘刘陈陈杨杨赵赵黄周吴徐孙马马胡朱郭郭何罗高林宋郑梁谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const MALE_GIVEN = '建国军伟强磊洋勇峰超明刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢佳阳春海亮涛杰振红东祥成志忠德福';
const FEMALE_GIVEN = '秀英芳娟敏静丽艳娜霞燕玲桂兰凤梅琴云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜';
const PLACE_FIRST = '东西南北上下前后大小中新老石马柳杨王李张刘白黄青红龙凤金银高岭河沟坪庄寨湾峪坡';
const PLACE_SECOND = '庄沟坪河岭湾峪寨坡店营屯岗坑台洼场园桥头';

export function personName(rng: Rng, gender: 'MALE' | 'FEMALE', surname?: string): string {
  const chars = gender === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN;
  const given = rng.chance(0.6) ? rng.pick([...chars]) + rng.pick([...chars]) : rng.pick([...chars]);
  return (surname ?? rng.pick([...SURNAMES])) + given;
}

export function randomSurname(rng: Rng): string {
  return rng.pick([...SURNAMES]);
}

/** A village name such as 石门坪村; `used` keeps names unique within a township. */
export function villageName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const name = `${rng.pick([...PLACE_FIRST])}${rng.pick([...PLACE_FIRST])}${rng.pick([...PLACE_SECOND])}村`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

export function townshipName(rng: Rng, index: number, used: Set<string>): string {
  if (index === 0) return '城关镇';
  for (;;) {
    const name = `${rng.pick([...PLACE_FIRST])}${rng.pick([...PLACE_SECOND])}${rng.chance(0.6) ? '镇' : '乡'}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}
