/* kez-import-spellings.c
 *
 * What e-Otinish, the regions' systems and the ministries' spreadsheets write instead of the
 * reference's names, gathered from their exports: abbreviations (ВКО, МЗ РК), former names
 * (Нур-Султан, Южно-Казахстанская), adjectives where the reference has a noun (Абайская
 * область), the channel as a portal names itself (е-Өтініш, eOtinish). The keys are folded
 * as kez_import_value_key() folds a value: lower case, Kazakh letters as their Russian
 * neighbours, no spaces or punctuation, and "г." / "обл." as a mark after the name.
 *
 * Spellings are matched whole; words are looked for inside a value, in the order given, for
 * channels and positions, which other systems describe rather than name ("Личный приём
 * граждан", "Заместитель председателя комитета"). A guess is shown as one, for the planner
 * to confirm or correct.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-import-spellings.h"

static const KezSpelling regions[] = {
  { "abai", { "абайская#oblast", "абайская", NULL } },
  { "akmola", { "акмолинская", "акмола", NULL } },
  { "aktobe", { "актюбинская", "актобе", NULL } },
  { "almaty-obl", { "алматинская", NULL } },
  { "atyrau", { "атырауская", NULL } },
  { "east-kz", { "вко", "восточноказахстанская", "шыгысказакстан", NULL } },
  { "zhambyl", { "жамбылская", "жамбыл", NULL } },
  { "zhetisu", { "жетисуская", "жетысуская", "жетису", "жетысу", NULL } },
  { "west-kz", { "зко", "западноказахстанская", "батысказакстан", NULL } },
  { "karaganda", { "карагандинская", "караганды", NULL } },
  { "kostanay", { "костанайская", "костанай", NULL } },
  { "kyzylorda", { "кызылординская", "кызылорда", NULL } },
  { "mangystau", { "мангистауская", "мангыстауская", "мангыстау", "мангистау", NULL } },
  { "pavlodar", { "павлодарская", NULL } },
  { "north-kz", { "ско", "североказахстанская", "солтустикказакстан", NULL } },
  { "turkistan", { "туркестанская", "туркистан", "юко", "южноказахстанская", NULL } },
  { "ulytau", { "улытауская", "улытау", NULL } },
  { "astana", { "астана", "нурсултан", "нурсултан#city", NULL } },
  { "almaty", { "алматы", "алмата", NULL } },
  { "shymkent", { "шымкент", NULL } },
};

static const KezSpelling bodies[] = {
  { "mfa", { "мид", "сим", NULL } },
  { "mod", { "мо", "минобороны", NULL } },
  { "mia", { "мвд", "иим", NULL } },
  { "mes", { "мчс", "тжм", NULL } },
  { "moj", { "минюст", "мю", "ам", NULL } },
  { "mof", { "минфин", "мф", "км", NULL } },
  { "mne", { "мнэ", "минэкономики", "уэм", NULL } },
  { "moh", { "мз", "минздрав", "дсм", NULL } },
  { "mlsp", { "мтсзн", "минтруда", "ехакм", NULL } },
  { "mop", { "мп", "минпросвещения", "мон", "оам", NULL } },
  { "mshe", { "мнво", "гжбм", NULL } },
  { "mci", { "мки", "миор", "мам", NULL } },
  { "mts", { "мтс", "тсм", NULL } },
  { "moa", { "мсх", "минсельхоз", "ашм", NULL } },
  { "mic", { "мпс", "окм", NULL } },
  { "mot", { "мт", "минтранс", NULL } },
  { "moe", { "мэ", "минэнерго", "эм", NULL } },
  { "menr", { "мэпр", "мэгпр", "этрм", NULL } },
  { "mwri", { "мври", "срим", NULL } },
  { "mti", { "мти", NULL } },
  { "maidd", { "мцриап", "мцр", "миицр", NULL } },
};

static const KezSpelling channels[] = {
  { "e-otinish", { "eotinish", "еотиниш", "электронноеобращение", NULL } },
  { "social", { "соцсети", "социальныесети", "instagram", "facebook", "telegram", NULL } },
  { "letter", { "письменно", "почта", "письменноеобращение", NULL } },
  { "reception", { "личныйприем", "прием", "жекекабылдау", NULL } },
  { "hall", { "зал", "иззала", "вопросиззала", "залдан", NULL } },
};

/* Looked for inside a value, in this order. */
static const KezSpelling channel_words[] = {
  { "e-otinish", { "otinish", "отиниш", "egov", NULL } },
  { "online-comment", { "коммент", "пикир", "comment", NULL } },
  { "blog", { "блог", "blog", NULL } },
  { "social", { "соцсет", "социальн", "алеуметтик", "instagram", "facebook", "telegram",
                "вконтакт", NULL } },
  { "reception", { "прием", "кабылда", "reception", NULL } },
  { "akim-meeting", { "аким", "akim", NULL } },
  { "letter", { "письм", "почт", "хат", "letter", "mail", NULL } },
  { "hall", { "зал", "hall", NULL } },
  { "website", { "сайт", "портал", "интернет", "website", "web", NULL } },
};

static const KezSpelling position_words[] = {
  { "deputy", { "заместител", "вице", "орынбасар", "deputy", NULL } },
  { "committee-chair", { "председател", "торага", "комитет", "ведомств", "chair", NULL } },
  { "head", { "министр", "руководител", "басшы", "аким", "первый", "head", NULL } },
};

const KezSpelling *
kez_import_spellings (KezImportValueKind  kind,
                      guint              *n)
{
  switch (kind)
    {
    case KEZ_IMPORT_VALUE_REGION: *n = G_N_ELEMENTS (regions); return regions;
    case KEZ_IMPORT_VALUE_BODY: *n = G_N_ELEMENTS (bodies); return bodies;
    case KEZ_IMPORT_VALUE_CHANNEL: *n = G_N_ELEMENTS (channels); return channels;
    case KEZ_IMPORT_VALUE_POSITION:
    case KEZ_N_IMPORT_VALUE_KINDS:
    default: *n = 0; return NULL;
    }
}

const KezSpelling *
kez_import_spelling_words (KezImportValueKind  kind,
                           guint              *n)
{
  switch (kind)
    {
    case KEZ_IMPORT_VALUE_CHANNEL: *n = G_N_ELEMENTS (channel_words); return channel_words;
    case KEZ_IMPORT_VALUE_POSITION: *n = G_N_ELEMENTS (position_words); return position_words;
    case KEZ_IMPORT_VALUE_REGION:
    case KEZ_IMPORT_VALUE_BODY:
    case KEZ_N_IMPORT_VALUE_KINDS:
    default: *n = 0; return NULL;
    }
}
