/* kez-preferences-window.c
 *
 * The body served and the rule set belong to the data, so they are kept in the database
 * (every user of the file, and the command line, see the same); the export language is the
 * user's own and lives in GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-preferences-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kez-backup-restore.h"
#include "kez-backup.h"
#include "kez-body.h"
#include "kez-db.h"
#include "kez-meeting-labels.h"
#include "kez-people-group.h"
#include "kez-personal-data.h"
#include "kez-preferences-window.h"
#include "kez-receptions.h"
#include "kez-rule-set.h"

struct _KezPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  KezStore             *store;
  AdwPreferencesGroup  *backups_group;
  GtkSpinButton        *months_spin;
  GtkButton            *purge_button;
  AdwEntryRow          *team_server_row;
  AdwPreferencesPage   *general_page;
  GtkSpinButton        *keep_spin;
  GPtrArray            *backup_rows;
  GSettings            *settings;

  AdwComboRow          *body_row;
  AdwComboRow          *rule_set_row;
  AdwComboRow          *export_language_row;
  GtkSpinButton        *warning_spin;
  GtkSwitch            *notify_switch;
};

G_DEFINE_FINAL_TYPE (KezPreferencesWindow, kez_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the export language row's items. */
static const char * const export_languages[] = { "kk", "ru", "both" };

static gboolean
export_language_to_row (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  const char *code = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (export_languages); i++)
    {
      if (g_str_equal (code, export_languages[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }
  return FALSE;
}

static GVariant *
export_language_from_row (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (export_languages))
    return NULL;
  return g_variant_new_string (export_languages[selected]);
}

static guint
find_position (GListModel *model,
               const char *property,
               const char *wanted)
{
  for (guint i = 0; wanted != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *value = NULL;

      g_object_get (item, property, &value, NULL);
      if (g_strcmp0 (value, wanted) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
report_error (KezPreferencesWindow *self,
              const GError         *error)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
}

static void
body_selected (KezPreferencesWindow *self)
{
  KezBody *body = adw_combo_row_get_selected_item (self->body_row);
  g_autoptr(GError) error = NULL;

  if (body != NULL && !kez_store_set_served_body (self->store, kez_body_get_code (body), &error))
    report_error (self, error);
}

static void
show_rule_set_source (KezPreferencesWindow *self,
                      KezRuleSet           *rules)
{
  g_autofree char *subtitle = NULL;

  if (kez_rule_set_get_verified (rules))
    subtitle = g_strdup (kez_rule_set_get_source (rules, kez_language_from_locale ()));
  else
    /* Translators: %1$s says where the rule set's numbers come from */
    subtitle = g_strdup_printf (_("Not verified against the official text. Source: %1$s"),
                                kez_rule_set_get_source (rules, kez_language_from_locale ()));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rule_set_row), subtitle);
}

static void
rule_set_selected (KezPreferencesWindow *self)
{
  KezRuleSet *rules = adw_combo_row_get_selected_item (self->rule_set_row);
  g_autoptr(GError) error = NULL;

  if (rules == NULL)
    return;
  show_rule_set_source (self, rules);
  if (!kez_store_set_active_rule_set (self->store, kez_rule_set_get_id (rules), &error))
    report_error (self, error);
  else
    {
      /* The bodies the new rules exempt are marked as such. */
      g_autoptr(KezNames) names = kez_names_new (self->store);

      kez_body_row_set_names (self->body_row, names);
    }
}

static void
load_from_store (KezPreferencesWindow *self)
{
  g_autoptr(GListModel) bodies = kez_store_list_bodies (self->store);
  g_autoptr(GListModel) rule_sets = kez_store_list_rule_sets (self->store);
  g_autoptr(KezRuleSet) active = kez_store_dup_active_rule_set (self->store);
  g_autofree char *served = kez_store_dup_served_body (self->store);
  g_autoptr(KezNames) names = kez_names_new_from (bodies, NULL, active);
  guint position;

  kez_body_row_set_names (self->body_row, names);
  adw_combo_row_set_model (self->body_row, bodies);
  position = find_position (bodies, "code", served);
  adw_combo_row_set_selected (self->body_row, position);

  adw_combo_row_set_model (self->rule_set_row, rule_sets);
  position = find_position (rule_sets, "id", active != NULL ? kez_rule_set_get_id (active) : NULL);
  adw_combo_row_set_selected (self->rule_set_row, position);
  if (active != NULL)
    show_rule_set_source (self, active);

  /* Connected after the rows show what is stored, so opening the window writes nothing. */
  g_signal_connect_swapped (self->body_row, "notify::selected", G_CALLBACK (body_selected), self);
  g_signal_connect_swapped (self->rule_set_row, "notify::selected",
                            G_CALLBACK (rule_set_selected), self);
}

static void show_backups (KezPreferencesWindow *self);

static void
restore_answered (AdwMessageDialog     *dialog,
                  const char           *response,
                  KezPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");

  if (!g_str_equal (response, "restore"))
    return;
  if (!kez_backup_restore (self->store, path, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));
  else
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("The backup was put back; the state it "
                                                       "replaced is kept as a backup too")));
  show_backups (self);
}

static void
restore_clicked (GtkButton            *button,
                 KezPreferencesWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "path");
  const char *when = g_object_get_data (G_OBJECT (button), "when");
  g_autofree char *body = g_strdup_printf (_("Everything recorded since %1$s will be replaced by "
                                             "the copy made then. A backup of the present state "
                                             "is made first."), when);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Put Back This Backup?"), body);

  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("Cancel"),
                                    "restore", _("Put Back"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_answered), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Each backup with the moment it was made and a button to put it back; the newest first. */
static void
show_backups (KezPreferencesWindow *self)
{
  const char *database = kez_store_get_path (self->store);
  g_autoptr(GPtrArray) backups = kez_backup_list_of_store (self->store);
  g_autofree char *folder = kez_backup_folder (database);
  g_autofree char *description = g_strdup_printf (_("In %1$s"), folder);

  for (guint i = 0; i < self->backup_rows->len; i++)
    adw_preferences_group_remove (self->backups_group, g_ptr_array_index (self->backup_rows, i));
  g_ptr_array_set_size (self->backup_rows, 0);
  adw_preferences_group_set_description (self->backups_group, description);

  for (guint i = 0; i < backups->len; i++)
    {
      const KezBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *when = g_date_time_format (backup->made, "%d.%m.%Y %H:%M");
      g_autofree char *size = g_format_size (backup->size);
      const char *kind = g_str_equal (backup->reason, "daily") ? _("Daily")
                       : g_str_equal (backup->reason, "before-restore") ? _("Before a restore")
                       : g_str_has_prefix (backup->reason, "before-v") ? _("Before an upgrade")
                       : backup->reason;
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", kind, size);
      g_autofree char *label = g_strdup_printf (_("Put Back the Backup of %1$s"), when);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Put Back…"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_object_set_data_full (G_OBJECT (button), "path", g_strdup (backup->path), g_free);
      g_object_set_data_full (G_OBJECT (button), "when", g_strdup (when), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->backups_group, row);
      g_ptr_array_add (self->backup_rows, row);
    }
}

static void
backups_answered (AdwMessageDialog     *dialog,
                  const char           *response,
                  KezPreferencesWindow *self)
{
  GPtrArray *backups = g_object_get_data (G_OBJECT (dialog), "backups");
  int months = g_settings_get_int (self->settings, "personal-data-months");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; backups != NULL && i < backups->len && error == NULL; i++)
    {
      const KezBackup *backup = g_ptr_array_index (backups, i);

      if (g_str_equal (response, "purge"))
        kez_personal_data_purge_backup (backup->path, months, &error);
      else if (g_str_equal (response, "delete") && g_unlink (backup->path) != 0)
        g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno), "%s",
                     g_strerror (errno));
    }
  if (error != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));
  show_backups (self);
}

/* The backups made before the purge still hold what it emptied: they are named, and the
 * planner chooses to purge them the same way, to delete them, or to keep them. */
static void
ask_about_backups (KezPreferencesWindow *self,
                   GPtrArray            *backups)
{
  GString *names = g_string_new (NULL);
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *name =
        g_path_get_basename (((KezBackup *) g_ptr_array_index (backups, i))->path);

      g_string_append_printf (names, "\n%s", name);
    }
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "This backup, made before the purge, still holds the "
                                       "personal data:%1$s",
                                       "These backups, made before the purge, still hold the "
                                       "personal data:%1$s", backups->len),
                          names->str);
  g_string_free (names, TRUE);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Purge the Backups Too?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("Keep Them"),
                                    "delete", _("Delete Them"), "purge", _("Purge Them"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "purge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "purge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data_full (G_OBJECT (dialog), "backups", g_ptr_array_ref (backups),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (backups_answered), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
purge_answered (AdwMessageDialog     *dialog,
                const char           *response,
                KezPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  g_auto(KezPurgeResult) result = { 0 };

  if (!g_str_equal (response, "purge"))
    return;
  if (!kez_personal_data_purge (self->store, g_settings_get_int (self->settings,
                                                                 "personal-data-months"),
                                &result, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return;
    }
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Purged the personal data of %1$u "
                                       "citizen", "Purged the personal data of %1$u citizens",
                                       result.n_receptions + result.n_questions),
                          result.n_receptions + result.n_questions);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (done));
  if (result.backups->len > 0)
    ask_about_backups (self, result.backups);
}

static void
purge_clicked (KezPreferencesWindow *self)
{
  int months = g_settings_get_int (self->settings, "personal-data-months");
  g_autofree char *body =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "The names, IINs, phones and addresses of citizens received, "
                                  "and the authors and contacts of questions, older than %1$d "
                                  "month are emptied. This cannot be undone.",
                                  "The names, IINs, phones and addresses of citizens received, "
                                  "and the authors and contacts of questions, older than %1$d "
                                  "months are emptied. This cannot be undone.",
                                  months), months);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Purge Personal Data?"),
                                              body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("Cancel"),
                                    "purge", _("Purge"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "purge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (purge_answered), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kez_preferences_window_dispose (GObject *object)
{
  KezPreferencesWindow *self = (KezPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->backup_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (kez_preferences_window_parent_class)->dispose (object);
}

static void
kez_preferences_window_class_init (KezPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/kez-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, body_row);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, rule_set_row);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, export_language_row);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, warning_spin);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, notify_switch);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, backups_group);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, keep_spin);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, months_spin);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, purge_button);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, team_server_row);
  gtk_widget_class_bind_template_child (widget_class, KezPreferencesWindow, general_page);
}

/* The address is kept only when libpq can read it and it holds no password. */
static void
team_server_applied (KezPreferencesWindow *self)
{
  g_autofree char *address = g_strstrip (g_strdup (gtk_editable_get_text (
                               GTK_EDITABLE (self->team_server_row))));
  g_autoptr(GError) error = NULL;

  if (*address != '\0' && !kez_db_server_address_check (address, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->team_server_row), "error");
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->team_server_row), "error");
  g_settings_set_string (self->settings, "team-server", address);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (*address != '\0'
                                                     ? _("Kezdesu opens the team server’s "
                                                         "database from its next start")
                                                     : _("Kezdesu opens the database on this "
                                                         "computer from its next start")));
}

static void
kez_preferences_window_init (KezPreferencesWindow *self)
{
  g_type_ensure (KEZ_TYPE_BODY);
  g_type_ensure (KEZ_TYPE_RULE_SET);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);
  g_settings_bind_with_mapping (self->settings, "export-language",
                                self->export_language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                export_language_to_row, export_language_from_row, NULL, NULL);
  g_settings_bind (self->settings, "deadline-notifications", self->notify_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "clock-warning-minutes", self->warning_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "backups-kept", self->keep_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "personal-data-months", self->months_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_swapped (self->purge_button, "clicked", G_CALLBACK (purge_clicked), self);
  gtk_editable_set_text (GTK_EDITABLE (self->team_server_row),
                         g_settings_get_string (self->settings, "team-server"));
  g_signal_connect_swapped (self->team_server_row, "apply", G_CALLBACK (team_server_applied),
                            self);
  self->backup_rows = g_ptr_array_new ();
}

KezPreferencesWindow *
kez_preferences_window_new (KezStore *store)
{
  KezPreferencesWindow *self;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  self = g_object_new (KEZ_TYPE_PREFERENCES_WINDOW, NULL);
  self->store = g_object_ref (store);
  load_from_store (self);
  show_backups (self);
  /* On a team server: who may use it, and how; its backups are its operators' (the app's
     own copies are of a file). */
  if (kez_db_location_is_server (kez_store_get_path (store)))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->backups_group), FALSE);
      adw_preferences_page_add (self->general_page,
                                ADW_PREFERENCES_GROUP (kez_people_group_new (store)));
    }
  return self;
}
