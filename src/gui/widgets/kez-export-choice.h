/* kez-export-choice.h: the language Preferences chose for workbooks and documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-export-language.h"

G_BEGIN_DECLS

KezExportLanguage kez_export_language_chosen (void);

G_END_DECLS
