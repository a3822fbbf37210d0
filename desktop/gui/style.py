"""One calm style for the whole app: a dark-blue navigation, white pages, readable sizes."""

STYLE_SHEET = """
QWidget { font-size: 10pt; }
#nav { background: #1e3a8a; color: white; border: none; padding-top: 12px; font-size: 11pt; }
#nav::item { padding: 10px 14px; }
#nav::item:selected { background: #3b5bcc; color: white; }
#nav::item:hover:!selected { background: #2a4aa8; }
#navColumn { background: #1e3a8a; }
#navHelp { background: #1e3a8a; color: #dbeafe; border: none; border-top: 1px solid #3b5bcc; padding: 10px 14px;
           text-align: left; font-size: 10pt; }
#navHelp:hover, #navHelp:focus { background: #2a4aa8; color: white; }
#navUser { background: #1e3a8a; color: #dbeafe; padding: 8px 14px 4px 14px; font-size: 9pt; }
#readOnlyNote { background: #f1f5f9; color: #334155; border-left: 3px solid #94a3b8; padding: 6px 10px; }
#pageTitle { font-size: 16pt; font-weight: 600; color: #0f172a; padding: 4px 0; }
#sectionTitle { font-size: 11pt; font-weight: 600; color: #1e293b; padding: 6px 0 2px 0; }
#summary { color: #334155; font-size: 10.5pt; padding-bottom: 6px; }
#hint, #countLabel { color: #64748b; }
#tile { background: white; border: 1px solid #e2e8f0; border-radius: 4px; }
#tileValue { font-size: 17pt; font-weight: 600; color: #0f172a; }
#tileCaption { color: #475569; }
#demoBanner { background: #fde68a; color: #78350f; font-weight: 600; padding: 4px; }
#detailPanel { background: white; border: 1px solid #e2e8f0; border-radius: 4px; }
#detailHeading { font-size: 13pt; font-weight: 600; color: #0f172a; }
#timeline::item { padding: 6px 2px; border-bottom: 1px solid #e2e8f0; }
#firstRun { background: #f8fafc; }
#welcomeTitle { font-size: 20pt; font-weight: 600; color: #1e3a8a; }
#welcomeText { font-size: 11pt; color: #334155; padding-bottom: 12px; }
#choiceCard { background: white; border: 1px solid #e2e8f0; border-radius: 6px; padding: 8px; }
#primaryButton { background: #1e3a8a; color: white; padding: 8px 16px; border-radius: 4px; font-weight: 600; }
#primaryButton:hover { background: #2a4aa8; }
#primaryButton:disabled { background: #94a3b8; }
QTableView { background: white; gridline-color: #e2e8f0; selection-background-color: #dbeafe;
             selection-color: #0f172a; alternate-background-color: #f8fafc; }
QHeaderView::section { background: #eef2f7; padding: 4px; border: none; border-right: 1px solid #e2e8f0;
                       font-weight: 600; }
QProgressBar { border: 1px solid #cbd5e1; border-radius: 3px; text-align: center; background: white;
               color: #0f172a; font-weight: 600; }
QProgressBar::chunk { background: #86efac; }
"""

# The handover pages: the message line that says what just happened, and the desk's big scan field.
HANDOVER_STYLE = """
#feedback { padding: 6px 8px; border-radius: 4px; font-size: 11pt; }
#feedback[kind="ok"] { background: #dcfce7; color: #14532d; }
#feedback[kind="error"] { background: #fee2e2; color: #7f1d1d; font-weight: 600; }
#feedback[kind="info"] { background: #e0f2fe; color: #0c4a6e; }
#scanField { font-size: 16pt; padding: 6px; border: 2px solid #1e3a8a; border-radius: 4px; background: white; }
#personPanel { background: white; border: 1px solid #cbd5e1; border-radius: 6px; }
#personName { font-size: 18pt; font-weight: 600; color: #0f172a; }
#personInfo { font-size: 11pt; color: #334155; }
#keyHint { color: #1e3a8a; font-weight: 600; }
#countdown { font-size: 11pt; font-weight: 600; padding: 4px 8px; border-radius: 4px; background: #fef3c7;
             color: #78350f; }
"""
STYLE_SHEET += HANDOVER_STYLE
