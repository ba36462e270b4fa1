/* kez-schedule-columns.c
 *
 * The proposals workbook a body sends and the draft the authorised body makes of them share
 * their columns; the draft is built by reading the proposals back by these headers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-schedule-columns.h"

const KezScheduleColumnInfo kez_schedule_columns[KEZ_SCHEDULE_N_COLUMNS] = {
  [KEZ_SCHEDULE_COLUMN_NUMBER] = { { "№", "№" }, FALSE, 4 },
  [KEZ_SCHEDULE_COLUMN_BODY] = { { "Орталық атқарушы орган", "Центральный исполнительный орган" }, TRUE, 26 },
  [KEZ_SCHEDULE_COLUMN_LEADER] = { { "Басшы", "Руководитель" }, FALSE, 20 },
  [KEZ_SCHEDULE_COLUMN_POSITION] = { { "Лауазымы", "Должность" }, TRUE, 16 },
  [KEZ_SCHEDULE_COLUMN_DATE] = { { "Күні", "Дата" }, FALSE, 11 },
  [KEZ_SCHEDULE_COLUMN_TIME] = { { "Уақыты", "Время" }, FALSE, 7 },
  [KEZ_SCHEDULE_COLUMN_DURATION] = { { "Ұзақтығы, мин", "Длительность, мин" }, FALSE, 13 },
  [KEZ_SCHEDULE_COLUMN_REGION] = { { "Өңір", "Регион" }, TRUE, 18 },
  [KEZ_SCHEDULE_COLUMN_LOCALITY] = { { "Елді мекен", "Населённый пункт" }, FALSE, 14 },
  [KEZ_SCHEDULE_COLUMN_VENUE] = { { "Өткізу орны", "Место проведения" }, FALSE, 20 },
  [KEZ_SCHEDULE_COLUMN_FORMAT] = { { "Өткізу нысаны", "Формат" }, TRUE, 11 },
  [KEZ_SCHEDULE_COLUMN_VIDEO_CONFERENCE] = { { "Бейнеконференция режимінде",
                                                "В режиме видеоконференции" }, TRUE, 14 },
  [KEZ_SCHEDULE_COLUMN_BROADCAST] = { { "Онлайн-трансляция", "Онлайн-трансляция" }, FALSE, 20 },
  [KEZ_SCHEDULE_COLUMN_TOPIC] = { { "Тақырыбы", "Тема" }, FALSE, 24 },
  [KEZ_SCHEDULE_COLUMN_AKIMS] = { { "Қатысатын әкімдер", "Участие акимов" }, FALSE, 20 },
  [KEZ_SCHEDULE_COLUMN_DEPUTY_PM] = { { "Премьер-Министрдің орынбасарының қатысуы",
                                         "Участие заместителя Премьер-Министра" }, TRUE, 16 },
  [KEZ_SCHEDULE_COLUMN_DEPUTY_PM_REASON] = { { "Қатысу негіздемесі", "Обоснование участия" },
                                              FALSE, 22 },
  [KEZ_SCHEDULE_COLUMN_EVENTS] = { { "Іс-шаралар (жеке қабылдау, ҮЕҰ, БАҚ)",
                                      "Мероприятия (приём, НПО, СМИ)" }, TRUE, 30 },
};
