/* kez-form-window.h: a small modal form: Cancel and Save in its header, a page of rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct
{
  GtkWidget          *window;
  GtkWidget          *save;   /* connect to its "clicked" */
  AdwToastOverlay    *toasts;
  AdwPreferencesPage *page;   /* add the form's groups here */
} KezForm;

void         kez_form_init          (KezForm             *form,
                                     GtkWindow           *parent,
                                     const char          *title,
                                     int                  width,
                                     int                  height);
GtkEditable *kez_form_add_entry_row (AdwPreferencesGroup *group,
                                     const char          *title);
void         kez_form_show_error    (KezForm             *form,
                                     const GError        *error);
void         kez_form_close_on_escape (GtkWidget         *window);
AdwComboRow *kez_form_add_combo_row (AdwPreferencesGroup *group,
                                     const char          *title,
                                     const char * const  *items,
                                     guint                selected);
void         kez_form_toast_saved   (GtkWindow           *parent,
                                     GFile               *file,
                                     const char          *text);

GtkTextBuffer *kez_form_add_text_area (AdwPreferencesGroup *group,
                                       const char          *title);
char          *kez_form_text_of       (GtkTextBuffer       *buffer);

/* Whether what the form holds can be saved; Save stays greyed out until it can. */
typedef gboolean (*KezFormValidFunc) (gpointer data);
void           kez_form_save_when     (KezForm             *form,
                                       KezFormValidFunc     valid,
                                       gpointer             data);
void           kez_form_check_on      (KezForm             *form,
                                       gpointer             field);
void           kez_form_revalidate    (KezForm             *form);

G_END_DECLS
