/* kez-publication.h: a document for the ministry's website, the media and the printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_BLOCK_HEADING,    /* a section's heading */
  KEZ_BLOCK_PARAGRAPH,
  KEZ_BLOCK_FACTS,      /* label and value, one pair a line */
  KEZ_BLOCK_TABLE,      /* a header row, then rows */
} KezBlockKind;

typedef struct
{
  KezBlockKind  kind;
  char         *text;       /* heading, paragraph */
  guint         n_columns;  /* facts: 2 */
  GPtrArray    *cells;      /* facts and tables: n_columns strings a row, a table's header first */
  GArray       *widths;     /* a table's columns' shares of the width (double) */
} KezBlock;

/* One language's whole document: "both" is the Kazakh one, then the Russian one. */
typedef struct
{
  KezLanguage  language;
  char        *title;
  char        *subtitle;
  char        *issuer;      /* the body, in this language: the page's header */
  char        *date;        /* "02.12.2026": when it was made, in the page's header */
  GPtrArray   *blocks;      /* KezBlock */
} KezPublicationPart;

typedef struct
{
  GPtrArray *parts;         /* KezPublicationPart */
  gboolean   landscape;     /* for wide tables */
} KezPublication;

gboolean            kez_publication_language_wanted (KezExportLanguage export_language,
                                                     KezLanguage       language);
KezPublication     *kez_publication_new          (void);
void                kez_publication_free         (KezPublication     *self);
KezPublicationPart *kez_publication_add_part     (KezPublication     *self,
                                                  KezLanguage         language,
                                                  const char         *title,
                                                  const char         *issuer);
void                kez_publication_add_heading  (KezPublicationPart *part,
                                                  const char         *text);
void                kez_publication_add_paragraph (KezPublicationPart *part,
                                                  const char         *text);
KezBlock           *kez_publication_add_facts    (KezPublicationPart *part);
void                kez_block_add_fact           (KezBlock           *facts,
                                                  const char         *label,
                                                  const char         *value);
KezBlock           *kez_publication_add_table    (KezPublicationPart *part,
                                                  const char * const *headers,
                                                  const double       *widths,
                                                  guint               n_columns);
void                kez_block_add_row            (KezBlock           *table,
                                                  const char * const *cells);
guint               kez_block_get_n_rows         (const KezBlock     *block);
const char         *kez_block_get_cell           (const KezBlock     *block,
                                                  guint               row,
                                                  guint               column);

/* What the documents say. */
KezPublication *kez_publication_of_results (KezStore          *store,
                                            gint64             meeting_id,
                                            KezExportLanguage  language,
                                            GError           **error);
KezPublication *kez_publication_of_action_plan (KezStore          *store,
                                                const GDate       *day,
                                                KezExportLanguage  language,
                                                GError           **error);
KezPublication *kez_publication_of_quarter (KezStore          *store,
                                            int                year,
                                            int                quarter,
                                            KezExportLanguage  language,
                                            GError           **error);

KezPublication *kez_publication_of_schedule (KezStore         *store,
                                             int               year,
                                             int               month,
                                             KezExportLanguage language);

/* How they are written. */
gboolean        kez_publication_write      (KezPublication    *self,
                                            const char        *path,
                                            GError           **error);
gboolean        kez_publication_write_pdf  (KezPublication    *self,
                                            const char        *path,
                                            GError           **error);
char           *kez_publication_to_html    (KezPublication    *self);
gboolean        kez_publication_write_html (KezPublication    *self,
                                            const char        *path,
                                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezPublication, kez_publication_free)

G_END_DECLS
