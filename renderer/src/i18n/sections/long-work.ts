/** What a long piece of work is doing, while the coach waits (`longWork.*`). */
const nl = {
  stage: {
    reading: 'Het dossier wordt gelezen…',
    drawing: 'De pagina’s worden opgemaakt…',
    signing: 'De PDF wordt ondertekend…',
    archiving: 'De laatste PDF en het archief worden gemaakt…',
    checking: 'Alles wordt teruggelezen en gecontroleerd…',
    copying: 'Bestanden worden gekopieerd…',
    finishing: 'Bijna klaar: de laatste stappen…',
  },
  countOf: '({{done}} van {{total}})',
  count_one: '({{count}} bestand)',
  count_other: '({{count}} bestanden)',
  calm: 'Dit kan even duren. U hoeft niets te doen; sluit de studio niet af.',
};

const en: typeof nl = {
  stage: {
    reading: 'Reading the dossier…',
    drawing: 'Laying out the pages…',
    signing: 'Signing the PDF…',
    archiving: 'Making the final PDF and the archive…',
    checking: 'Reading everything back and checking it…',
    copying: 'Copying files…',
    finishing: 'Nearly done: the last steps…',
  },
  countOf: '({{done}} of {{total}})',
  count_one: '({{count}} file)',
  count_other: '({{count}} files)',
  calm: 'This can take a while. There is nothing you need to do; please do not close the studio.',
};

export const longWork = { nl, en };
