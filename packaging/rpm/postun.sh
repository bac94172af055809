# phonefleetd's %postun (rpm). rpm has no purge: the database in /var/lib/phonefleet and the
# edited settings (saved as .rpmsave) stay; delete them and the user by hand (operations guide).
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
fi
