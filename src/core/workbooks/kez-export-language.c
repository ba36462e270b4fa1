/* kez-export-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-export-language.h"

gboolean
kez_export_language_from_string (const char        *text,
                                 KezExportLanguage *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (g_strcmp0 (text, "kk") == 0)
    *out = KEZ_EXPORT_KK;
  else if (g_strcmp0 (text, "ru") == 0)
    *out = KEZ_EXPORT_RU;
  else if (g_strcmp0 (text, "both") == 0)
    *out = KEZ_EXPORT_BOTH;
  else
    return FALSE;
  return TRUE;
}

const char *
kez_term_get (const KezTerm *term,
              KezLanguage    language)
{
  return language == KEZ_LANGUAGE_KK ? term->kk : term->ru;
}

/* One language, or "Kazakh / Russian" for a cell that holds both. */
char *
kez_term_join (const KezTerm     *term,
               KezExportLanguage  language)
{
  switch (language)
    {
    case KEZ_EXPORT_KK:
      return g_strdup (term->kk);
    case KEZ_EXPORT_RU:
      return g_strdup (term->ru);
    case KEZ_EXPORT_BOTH:
    default:
      return g_str_equal (term->kk, term->ru) ? g_strdup (term->kk)
                                               : g_strconcat (term->kk, " / ", term->ru, NULL);
    }
}

/* The decree's own words: "бірінші басшы" / "первый руководитель" (points 3.3, 6.3). */
static const KezTerm positions[] = {
  [KEZ_LEADER_HEAD] = { "Бірінші басшы", "Первый руководитель" },
  [KEZ_LEADER_DEPUTY] = { "Бірінші басшының орынбасары", "Заместитель первого руководителя" },
  [KEZ_LEADER_COMMITTEE_CHAIR] = { "Ведомство төрағасы", "Председатель ведомства" },
};

static const KezTerm formats[] = {
  [KEZ_FORMAT_IN_PERSON] = { "Бетпе-бет", "Очно" },
  [KEZ_FORMAT_ONLINE] = { "Онлайн", "Онлайн" },
  [KEZ_FORMAT_HYBRID] = { "Бетпе-бет және онлайн", "Очно и онлайн" },
};

static const KezTerm event_kinds[] = {
  [KEZ_EVENT_RECEPTION] = { "Жеке қабылдау", "Личный приём" },
  [KEZ_EVENT_NGO_MEETING] = { "ҮЕҰ-мен кездесу", "Встреча с НПО" },
  [KEZ_EVENT_MEDIA_BRIEFING] = { "БАҚ үшін брифинг", "Брифинг для СМИ" },
};

static const KezTerm statuses[] = {
  [KEZ_STATUS_PROPOSED] = { "Ұсынылған", "Предложена" },
  [KEZ_STATUS_APPROVED] = { "Бекітілген", "Утверждена" },
  [KEZ_STATUS_HELD] = { "Өткізілді", "Проведена" },
  [KEZ_STATUS_CANCELLED] = { "Болдырылмады", "Отменена" },
};

const KezTerm *
kez_term_for_channel (KezChannel channel)
{
  static const KezTerm channels[KEZ_N_CHANNELS] = {
    [KEZ_CHANNEL_WEBSITE] = { "Сайт", "Сайт" },
    [KEZ_CHANNEL_BLOG] = { "Басшы блогы", "Блог руководителя" },
    [KEZ_CHANNEL_SOCIAL] = { "Әлеуметтік желілер", "Социальные сети" },
    [KEZ_CHANNEL_E_OTINISH] = { "e-Otinish", "e-Otinish" },
    [KEZ_CHANNEL_AKIM_MEETING] = { "Әкімдердің кездесулері", "Встречи акимов" },
    [KEZ_CHANNEL_LETTER] = { "Хат", "Письмо" },
    [KEZ_CHANNEL_RECEPTION] = { "Жеке қабылдау", "Личный приём" },
    [KEZ_CHANNEL_HALL] = { "Залдан", "Из зала" },
    [KEZ_CHANNEL_ONLINE_COMMENT] = { "Онлайн пікір", "Онлайн-комментарий" },
  };

  g_return_val_if_fail ((guint) channel < G_N_ELEMENTS (channels), &channels[0]);
  return &channels[channel];
}

const KezTerm *
kez_term_for_position (KezLeaderPosition position)
{
  g_return_val_if_fail ((guint) position < G_N_ELEMENTS (positions), &positions[0]);
  return &positions[position];
}

const KezTerm *
kez_term_for_format (KezMeetingFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), &formats[0]);
  return &formats[format];
}

const KezTerm *
kez_term_for_yes_no (gboolean yes)
{
  static const KezTerm answers[] = { { "Жоқ", "Нет" }, { "Иә", "Да" } };

  return &answers[yes ? 1 : 0];
}

const KezTerm *
kez_term_for_event_kind (KezEventKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (event_kinds), &event_kinds[0]);
  return &event_kinds[kind];
}

const KezTerm *
kez_term_for_status (KezMeetingStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (statuses), &statuses[0]);
  return &statuses[status];
}

/* @action_status: a KezActionStatus */
const KezTerm *
kez_term_for_action_status (int action_status)
{
  static const KezTerm action_statuses[] = {
    { "Жоспарланған", "Запланировано" },
    { "Орындалуда", "Выполняется" },
    { "Орындалды", "Выполнено" },
    { "Бас тартылды", "Отменено" },
  };

  g_return_val_if_fail (action_status >= 0 &&
                        action_status < (int) G_N_ELEMENTS (action_statuses),
                        &action_statuses[0]);
  return &action_statuses[action_status];
}

const KezTerm *
kez_term_overdue (void)
{
  static const KezTerm overdue = { "Мерзімі өтті", "Просрочено" };

  return &overdue;
}
