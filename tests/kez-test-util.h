/* kez-test-util.h: helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-rule-set.h"
#include "kez-store.h"

G_BEGIN_DECLS

KezRuleSet *kez_test_load_rule_set (const char  *file_name);
char       *kez_test_make_db_path  (void);
KezStore   *kez_test_open_store    (void);
gboolean    kez_test_on_server     (void);
gboolean    kez_test_skip_on_server (const char *why);
void        kez_test_assert_date   (const GDate *date,
                                    int          year,
                                    int          month,
                                    int          day);

G_END_DECLS
