/* kez-types.h: forward declarations shared by the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KezBody    KezBody;
typedef struct _KezRegion  KezRegion;
typedef struct _KezRuleSet KezRuleSet;
typedef struct _KezStore   KezStore;

G_END_DECLS
