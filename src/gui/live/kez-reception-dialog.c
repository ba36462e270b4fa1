/* kez-reception-dialog.c
 *
 * The IIN is checked as it is typed: a wrong check digit is said at the field, and the citizen
 * cannot be saved with it. What is typed here is personal data: it goes to the database and
 * nowhere else, not even to the debug log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-reception-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-form-window.h"
#include "kez-iin.h"
#include "kez-live-journal.h"
#include "kez-reception-dialog.h"
#include "kez-receptions.h"

typedef struct
{
  KezStore        *store;
  gint64           meeting_id;
  KezForm          form;
  GtkEditable     *name;
  GtkEditable     *iin;
  AdwActionRow    *iin_row;
  GtkEditable     *phone;
  GtkEditable     *address;
  GtkTextBuffer   *issue;
  GtkTextBuffer   *outcome;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  g_free (dialog);
}

/* Returns whether the IIN may be saved; says why not at the field. */
static gboolean
check_iin (Dialog *dialog)
{
  g_autofree char *iin = g_strstrip (g_strdup (gtk_editable_get_text (dialog->iin)));
  g_autoptr(GError) error = NULL;
  KezIinNotes notes = KEZ_IIN_NOTE_NONE;
  const char *subtitle = _("12 digits; the last one is checked");

  if (iin[0] != '\0' && !kez_iin_validate (iin, &notes, &error))
    subtitle = error->message;
  else if (notes != KEZ_IIN_NOTE_NONE)
    subtitle = _("Valid, though the date of birth in it is unusual");

  adw_action_row_set_subtitle (dialog->iin_row, subtitle);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (dialog->iin_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (dialog->iin_row), "error");
  return error == NULL;
}

/* A reception is of someone or about something, and its IIN, if given, is a valid one. */
static gboolean
can_save (gpointer data)
{
  Dialog *dialog = data;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (dialog->name)));
  g_autofree char *issue = kez_form_text_of (dialog->issue);
  gboolean iin_valid = check_iin (dialog);

  return iin_valid && (name[0] != '\0' || issue[0] != '\0');
}

static void
save (Dialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iin = g_strstrip (g_strdup (gtk_editable_get_text (dialog->iin)));
  g_autofree char *issue = kez_form_text_of (dialog->issue);
  g_autofree char *outcome = kez_form_text_of (dialog->outcome);
  KezLiveJournal *journal;
  KezReceptionFields fields = {
    .citizen_name = gtk_editable_get_text (dialog->name),
    .iin = iin,
    .phone = gtk_editable_get_text (dialog->phone),
    .address = gtk_editable_get_text (dialog->address),
    .issue = issue,
    .outcome = outcome,
  };

  if (!check_iin (dialog))
    return;
  /* On a team server, kept on this computer first: the console never waits for it. */
  journal = kez_live_journal_get (dialog->store);
  if (journal != NULL ? !kez_live_journal_add_reception (journal, dialog->meeting_id, &fields,
                                                         &error)
                      : !kez_receptions_add (dialog->store, dialog->meeting_id, &fields, &error))
    {
      kez_form_show_error (&dialog->form, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
}

GtkWidget *
kez_reception_dialog_new (GtkWindow *parent,
                          KezStore  *store,
                          gint64     meeting_id)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  AdwPreferencesGroup *citizen = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *matter = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *iin_entry = gtk_entry_new ();

  dialog->store = g_object_ref (store);
  dialog->meeting_id = meeting_id;
  kez_form_init (&dialog->form, parent, _("Personal Reception"), 560, 620);
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (save), dialog);

  adw_preferences_group_set_title (citizen, _("Citizen"));
  adw_preferences_group_set_description (citizen,
                                         _("Personal data: kept on this computer only and left "
                                           "out of exports unless asked for."));
  dialog->name = kez_form_add_entry_row (citizen, _("Full Name"));

  dialog->iin_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->iin_row), _("IIN"));
  gtk_entry_set_max_length (GTK_ENTRY (iin_entry), 12);
  gtk_entry_set_input_purpose (GTK_ENTRY (iin_entry), GTK_INPUT_PURPOSE_DIGITS);
  gtk_widget_set_valign (iin_entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (iin_entry), 14);
  adw_action_row_add_suffix (dialog->iin_row, iin_entry);
  adw_action_row_set_activatable_widget (dialog->iin_row, iin_entry);
  adw_preferences_group_add (citizen, GTK_WIDGET (dialog->iin_row));
  dialog->iin = GTK_EDITABLE (iin_entry);

  dialog->phone = kez_form_add_entry_row (citizen, _("Phone"));
  dialog->address = kez_form_add_entry_row (citizen, _("Address"));

  adw_preferences_group_set_title (matter, _("The Matter"));
  dialog->issue = kez_form_add_text_area (matter, _("Issue Raised"));
  dialog->outcome = kez_form_add_text_area (matter, _("Outcome"));

  adw_preferences_page_add (dialog->form.page, citizen);
  adw_preferences_page_add (dialog->form.page, matter);
  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  kez_form_save_when (&dialog->form, can_save, dialog);
  kez_form_check_on (&dialog->form, dialog->name);
  kez_form_check_on (&dialog->form, dialog->iin);
  kez_form_check_on (&dialog->form, dialog->issue);
  return dialog->form.window;
}
