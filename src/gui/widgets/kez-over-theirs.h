/* kez-over-theirs.h: a form's save refused because someone else changed the row since
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-store.h"

G_BEGIN_DECLS

/* What was saved over. */
typedef enum
{
  KEZ_CHANGED_ACTION,
  KEZ_CHANGED_PROBLEM,
} KezChangedRow;

typedef enum
{
  KEZ_OVER_THEIRS_BACK,        /* back to the form, as it is */
  KEZ_OVER_THEIRS_KEEP_THEIRS, /* the planner's changes dropped */
  KEZ_OVER_THEIRS_SAVE_MINE,   /* saved over theirs, asked for */
} KezOverTheirs;

typedef void (*KezOverTheirsAnswered) (KezOverTheirs answer,
                                       gpointer      user_data);

void kez_over_theirs_field (GString              *changes,
                            const char           *name,
                            const char           *opened,
                            const char           *theirs,
                            const char           *mine);

void kez_over_theirs_ask   (GtkWindow             *parent,
                            KezStore              *store,
                            KezChangedRow          row,
                            gint64                 id,
                            const char            *changes,
                            KezOverTheirsAnswered  answered,
                            gpointer               user_data);

G_END_DECLS
