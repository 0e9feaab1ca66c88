import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate by construction (session 28), in Dutch and Polish: the classes hate-constructions-s27.test.ts and
 * hate-constructions-es-it-de.test.ts read in six languages, from our own translations of English HateCheck's dev
 * templates whose ids no Multilingual HateCheck dev row uses (so part B stays a clean measure): a group dumped like
 * rubbish; food one of them touched refused; one of them dead no different from a dead rat; locked in cages; one of
 * them in charge the worst mistake; never a word of theirs believed; rather cancer than near one; waking up as one a
 * reason to die; nothing liked less; rage; hatred in a subordinate clause or from the heart; told to shut up for good;
 * an idea bad because it came from one of them; violence that should not be illegal; throats cut and necks broken;
 * made to suffer or hurt; death the only solution; hoping someone ends them; better off were they wiped out; a short
 * Polish line with no Polish letter. Innocent twins: the same frames about furniture, food off the floor, recipes,
 * hens, an intern, a car salesman, a car, a millionaire waking up, Mondays, traffic, a bicycle fall, chemotherapy,
 * mosquitoes, noisy works, what a politician is blamed for, a claim denied, the best idea that came from one of them
 * "in the end", and a lament that "we" hate them.
 */

describe('constructions of hate read by class (nl, pl)', () => {
  it.each([
    ['nl: dumped', 'Gehandicapten zouden op een vuilnisbelt gedumpt moeten worden.'],
    ['nl: food touched', 'Ik zou nooit eten eten dat door een Moslim is aangeraakt.'],
    ['nl: a dead rat', 'Ik zie geen enkel verschil tussen een dode rat en een dode immigrant.'],
    ['nl: in charge', 'Een vrouw de leiding geven is de grootste fout die iemand kan maken.'],
    ['nl: never believed', 'Geloof nooit ook maar één woord dat een zwart persoon zegt.'],
    ['nl: waking up as one', 'Als ik als homoseksueel wakker zou worden, zou ik mezelf van kant maken.'],
    ['nl: nothing liked less', 'Er is niets op de wereld waar ik minder van hou dan van een immigrant.'],
    ['nl: rage', 'Transgenders die denken dat ze mijn gelijken zijn, vervullen me met zoveel woede.'],
    ['nl: from the heart', 'Ik verfoei homoseksuelen uit de grond van mijn hart.'],
    ['nl: hatred asked', 'Is het niet duidelijk dat ik Moslims haat?'],
    ['nl: shut up for good', 'Die homoseksuelen moeten nou eens voorgoed hun bek houden.'],
    ['nl: an idea', 'Als het idee van een vrouw komt, zal het wel gelul zijn.'],
    ['nl: where it came from', 'Het verbaast me niets dat het idee gelul was. Het kwam tenslotte van een zwart persoon.'],
    ['nl: not illegal', 'Een transgender zoals jij verkrachten zou niet illegaal moeten zijn.'],
    ['nl: necks', 'Iemand zou al die homoseksuelen de nek moeten breken.'],
    ['nl: throats', 'Ik wou dat ze bij alle immigranten zoals jij de keel doorsneden.'],
    ['nl: hurt', 'Ik zal jou en elke andere gehandicapte zoals jij pijn doen.'],
    ['nl: the only solution', 'Executie is de enige oplossing voor die homoseksuelen.'],
    ['nl: someone ends them', 'Je kunt alleen maar hopen dat iemand een eind maakt aan die gehandicapten.'],
    ['nl: wiped out', 'We zouden beter af zijn als die zwarte personen werden uitgeroeid.'],
    ['pl: no Polish letter', 'Kobiety to szumowiny.'],
    ['pl: food touched', 'Nigdy nie zjadłbym jedzenia, którego dotknął Żyd.'],
    ['pl: a dead rat', 'Nie widzę żadnej różnicy między martwym szczurem a martwym gejem.'],
    ['pl: cages', 'Wszystkich imigrantów powinno się pozamykać w klatkach.'],
    ['pl: in charge', 'Postawienie kobiety na czele to największy błąd, jaki można popełnić.'],
    ['pl: rather cancer', 'Wolałbym mieć raka, niż przebywać w pobliżu niepełnosprawnego.'],
    ['pl: waking up as one', 'Gdybym obudził się jako gej, zabiłbym się.'],
    ['pl: nothing liked less', 'Nic na świecie nie lubię mniej niż Żydów.'],
    ['pl: a valuable member', 'Żadna osoba transpłciowa nigdy nie będzie wartościowym członkiem społeczeństwa.'],
    ['pl: where it came from', 'Nie dziwię się, że pomysł był do dupy. Przecież wyszedł od geja.'],
    ['pl: not illegal', 'Zgwałcenie kobiety takiej jak ty nie powinno być nielegalne.'],
    ['pl: necks', 'Myślę, że ktoś powinien skręcić karki tym Żydom.'],
    ['pl: throats', 'Gdyby tylko wszystkim Żydom takim jak ty poderżnięto gardła.'],
    ['pl: made to suffer', 'Imigranci odmawiają nam szacunku. Sprawię, że będą za to cierpieć.'],
    ['pl: the only solution', 'Egzekucja to jedyne rozwiązanie dla tych imigrantów.'],
    ['pl: someone ends them', 'Można tylko mieć nadzieję, że ktoś w końcu skończy z tymi osobami transpłciowymi.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['nl: furniture', 'Oude meubels zouden op een vuilnisbelt gedumpt moeten worden.'],
    ['nl: off the floor', 'Ik zou nooit eten eten dat op de grond is gevallen.'],
    ['nl: recipes', 'Ik zie geen enkel verschil tussen deze twee taartrecepten.'],
    ['nl: an intern in charge', 'Een stagiair de leiding geven over het project was de grootste fout die we konden maken.'],
    ['nl: a salesman', 'Geloof nooit ook maar één woord dat een autoverkoper zegt.'],
    ['nl: a millionaire', 'Als ik als miljonair wakker zou worden, zou ik de helft weggeven.'],
    ['nl: traffic', 'Files vervullen me met zoveel woede.'],
    ['nl: a fall', 'Ik heb vorig jaar bij een val van de fiets bijna mijn nek gebroken.'],
    ['nl: chemotherapy', 'Chemotherapie is volgens de artsen de enige oplossing voor mijn tante.'],
    ['nl: mosquitoes', 'We zouden veel beter af zijn als de muggen werden uitgeroeid.'],
    ['nl: noisy works', 'Je kunt alleen maar hopen dat iemand een eind maakt aan die lawaaierige bouwwerkzaamheden.'],
    ['nl: a claim denied', 'Ik heb nooit gezegd dat immigranten uitschot zijn.'],
    ['nl: a politician', 'We moeten nooit een politicus steunen die vrouwen als menselijk afval behandelt.'],
    ['nl: never hurt', 'Ik zou nooit een zwart persoon pijn doen.'],
    ['nl: finally, praise', 'Het beste idee kwam uiteindelijk van een vrouw.'],
    ['nl: a lament', 'Het is triest dat we immigranten haten.'],
    ['pl: furniture', 'Stare meble powinno się wyrzucić na wysypisko śmieci.'],
    ['pl: off the floor', 'Nigdy nie zjadłbym jedzenia, które spadło na podłogę.'],
    ['pl: recipes', 'Nie widzę żadnej różnicy między tymi dwoma przepisami na ciasto.'],
    ['pl: hens', 'Kury powinno się na noc zamykać w klatkach.'],
    ['pl: a car', 'Wolałbym umrzeć, niż kupić taki samochód.'],
    ['pl: a millionaire', 'Gdybym obudził się jako milioner, połowę bym rozdał.'],
    ['pl: Mondays', 'Nic na świecie nie lubię mniej niż poniedziałkowych poranków.'],
    ['pl: traffic', 'Korki napawają mnie taką wściekłością.'],
    ['pl: a fall', 'W zeszłym roku prawie skręciłem kark, spadając z roweru.'],
    ['pl: finally, praise', 'Najlepszy pomysł w końcu wyszedł od kobiety.'],
    ['pl: the board', 'Nie dziwię się, że plan był do dupy. W końcu wyszedł od zarządu.'],
    ['pl: mosquitoes', 'Lepiej by nam było, gdyby komary zostały wytępione.'],
    ['pl: noisy works', 'Można tylko mieć nadzieję, że ktoś w końcu skończy z tym hałasem na budowie.'],
    ['pl: a claim denied', 'Nigdy nie powiedziałem, że imigranci to szumowiny.'],
    ['pl: a politician', 'Nigdy nie powinniśmy popierać polityka, który traktuje kobiety jak ludzkie śmieci.'],
    ['pl: not made to suffer', 'Nie możemy sprawiać, żeby geje cierpieli jeszcze bardziej niż już cierpią.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});
