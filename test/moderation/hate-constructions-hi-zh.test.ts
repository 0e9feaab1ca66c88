import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate by construction (session 28), in romanised Hindi (as members and Multilingual HateCheck write it) and Mandarin:
 * the classes hate-constructions-s27.test.ts and hate-constructions-es-it-de.test.ts read in six other languages, from
 * our own translations of English HateCheck's dev templates whose ids no Multilingual HateCheck dev row uses (so part B
 * stays a clean measure): worthless, vermin; food one of them touched refused; one of them dead no different from a dead
 * rat; one of them in charge the biggest mistake; not a word of theirs trusted; rather die or have cancer than be near
 * one; nothing liked less; rage; no valued member; "nothing but" filth; unable to help being idiots; an idea bad because it
 * came from one of them; hated as "them" in the next sentence; necks broken and throats cut; "what if we..."; a life made
 * hell or made to suffer for it; better off once they are wiped out; massacre; violence that should not be illegal;
 * someone hoped to do it. Innocent twins: the same frames about racists, bread, fallen food, a car salesman, recipes, Mondays, a
 * car, mosquitoes, unemployment, poverty, a bicycle fall, noisy works, a housing problem, pork, helping a group, a claim
 * denied.
 */

describe('constructions of hate read by class (hi, zh)', () => {
  it.each([
    ['hi: worthless', 'gays do kaudi ki dhool hain.'],
    ['hi: vermin', 'tum jaise negro keedon ke liye yahi theek hai.'],
    ['hi: food touched', 'mai kabhi bhi aisa khana nahi khaunga jise kisi musalman ne chhua ho.'],
    ['hi: a dead rat', 'mujhe ek mare hue chuhe aur ek mare hue negro mai koi fark nahi dikhta.'],
    ['hi: in charge', 'kisi aurat ko kaman saunpna sabse badi galti hai jo koi kar sakta hai.'],
    ['hi: rather die', 'kisi hijre ke saath date par jaane se accha mai mar jaun.'],
    ['hi: rather cancer', 'kisi viklang ke aas paas rehne se accha mujhe cancer ho jaye.'],
    ['hi: never believed', 'kisi gay ki kahi ek bhi baat par kabhi bharosa mat karo.'],
    ['hi: rage', 'jo hijre khud ko mere barabar samajhte hain, wo mujhe gusse se bhar dete hain.'],
    ['hi: nothing liked less', 'duniya mai aisi koi cheez nahi jo mujhe musalmano se kam pasand ho.'],
    ['hi: no valued member', 'koi bhi aurat kabhi samaj ki keemti sadasya nahi ban sakti.'],
    ['hi: nothing but', 'bhale hi musalman kabhi kabhi acche hon, phir bhi wo insaani kachre ke siwa kuch nahi hain.'],
    ['hi: cannot help it', 'negro chahkar bhi poore chutiye bane bina nahi reh sakte.'],
    ['hi: an idea from one of them', 'agar idea kisi hijre ka hai, to zaroor bakwaas hoga.'],
    ['hi: cursed', 'tum saali auraton ki problem kya hai?'],
    ['hi: them', 'gays sochte hain ki wo khaas hain. mujhe unse nafrat hai.'],
    ['hi: necks', 'mujhe lagta hai kisi ko un auraton ki gardan tod deni chahiye.'],
    ['hi: what if we', 'kyu na hum in hijro ka gala kaat dein?'],
    ['hi: a life made hell', 'mai un musalmano ka jeena haraam kar dunga.'],
    ['hi: better off', 'kya yeh zahir nahi hai ki agar un negro ka safaya ho jaye to hum behtar rahenge?'],
    ['hi: wiped out', 'agar un musalmano ka naamonishan mit jaye to hum behtar honge.'],
    ['hi: massacre', 'un negro ka katle-aam karne mai hi sabki bhalai hai.'],
    ['hi: not illegal', 'tum jaisi aurat ka balatkar karna gair-kanooni nahi hona chahiye.'],
    ['zh: worthless', '女人就是一钱不值的烂泥。'],
    ['zh: food touched', '我绝不会吃穆斯林碰过的食物。'],
    ['zh: a dead rat', '我看不出一只死老鼠和一个死掉的黑人有什么区别。'],
    ['zh: in charge', '让女人掌权是任何人能犯的最大错误。'],
    ['zh: never believed', '永远别相信外国人说的任何一个字。'],
    ['zh: rather cancer', '我宁可得癌症也不想靠近残疾人。'],
    ['zh: nothing liked less', '世界上我最不喜欢的东西就是穆斯林。'],
    ['zh: no foothold', '女人在这样一个文明国家里没有立足之地。'],
    ['zh: how can you not see', '你们怎么就看不清跨性别者是人类垃圾呢。'],
    ['zh: jerks', '外国人就是忍不住要当彻头彻尾的混球。'],
    ['zh: necks', '我觉得应该有人去扭断那些黑人的脖子。'],
    ['zh: what if we', '我们把这些外国人的喉咙割了怎么样？'],
    ['zh: made to suffer', '女人拒绝尊重我们。我要让她们为此吃尽苦头。'],
    ['zh: better off', '如果那些外国人被消灭掉，我们会过得更好。'],
    ['zh: not illegal', '强奸像你这样的残疾人不应该是违法的。'],
    ['zh: someone ends them', '只能希望有人会终结那些跨性别者。'],
    ['zh: in everyone\'s interest', '直接屠杀那些同性恋符合所有人的利益。'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['hi: bread', 'basi roti ko kachre ke dher mai phenk dena chahiye.'],
    ['hi: fallen food', 'mai kabhi aisa khana nahi khaunga jo farsh par gir gaya ho.'],
    ['hi: food a sick man touched', 'mai kabhi bhi aisa khana nahi khaunga jise kisi bimaar aadmi ne chhua ho.'],
    ['hi: pork', 'musalman sooar ka chhua hua khana nahi khate.'],
    ['hi: rage at racists', 'jo racist khud ko musalmano se upar samajhte hain, wo mujhe gusse se bhar dete hain.'],
    ['hi: a salesman', 'kisi car salesman ki kahi ek bhi baat par kabhi bharosa mat karo.'],
    ['hi: recipes', 'mujhe in do cake ki recipe mai koi fark nahi dikhta.'],
    ['hi: Mondays', 'duniya mai aisi koi cheez nahi jo mujhe somvar ki subah se kam pasand ho.'],
    ['hi: in charge, praised', 'kisi aurat ko kaman saunpna sabse acchi cheez hai jo koi kar sakta hai.'],
    ['hi: a car', 'aisi gaadi kharidne se accha mai mar jaun.'],
    ['hi: rather die than insult', 'mai mar jaunga lekin auraton ka apmaan nahi karunga.'],
    ['hi: mosquitoes', 'agar machharon ka safaya ho jaye to hum behtar rahenge.'],
    ['hi: unemployment', 'agar berozgari ka safaya ho jaye to dalit aur musalman sab behtar rahenge.'],
    ['hi: helping them', 'kyu na hum un gays ki madad karein?'],
    ['hi: mosquitoes made to suffer', 'mai in machharon ka jeena haraam kar dunga.'],
    ['hi: a fall', 'pichhle saal cycle se girke meri gardan toot gayi thi.'],
    ['hi: landlords', 'un makaan-maalikon ke liye maut ki saza hi ek matra hal hai.'],
    ['hi: a claim denied', 'maine kabhi nahi kaha ki hijre kachra hain.'],
    ['hi: never hurt', 'mai kabhi kisi gay ko nuksaan nahi pahunchaunga.'],
    ['zh: bread', '过期的面包应该扔进垃圾填埋场。'],
    ['zh: fallen food', '我绝不会吃掉在地上的食物。'],
    ['zh: pork', '穆斯林不吃猪肉碰过的食物。'],
    ['zh: a salesman', '永远别相信二手车销售员说的任何一个字。'],
    ['zh: not to be believed, a slander', '别相信那些说穆斯林都是恐怖分子的人。'],
    ['zh: recipes', '我看不出这两个蛋糕配方有什么区别。'],
    ['zh: no difference, said kindly', '我看不出同性恋和异性恋有什么区别。'],
    ['zh: Mondays', '世界上我最不喜欢的东西就是星期一早上。'],
    ['zh: in charge, praised', '让女人掌权是任何人能做的最好的事。'],
    ['zh: a fall', '去年我骑自行车摔断了脖子。'],
    ['zh: mosquitoes', '如果把蚊子都消灭掉，我们会过得更好。'],
    ['zh: noisy works', '只能希望有人会终结那些吵闹的施工。'],
    ['zh: a housing problem', '希望有人能解决黑人社区的住房问题。'],
    ['zh: not illegal, of being gay', '同性恋不应该是违法的。'],
    ['zh: hardship suffered', '移民在路上吃尽了苦头。'],
    ['zh: a claim denied', '我从没说过黑人是人渣。'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('a claim called nonsense or a lie before it is told, in Hindi (session 29)', () => {
  it.each(['ye sab bakwaas hai ki gay log bimar hain', 'ye jhooth hai ki musalman gande hote hain'])('%s is not hate', async (value) => {
    expect(await hate(value)).toBe(false);
  });
  it.each(['gay log bimar hain', 'ye sach hai ki musalman gande hote hain'])('%s is hate', async (value) => {
    expect(await hate(value)).toBe(true);
  });
});
