# phonefleetd's %pre (rpm): the system user exists before the files, so that rpm itself gives
# /etc/phonefleet and its settings their group (%attr in packaging/cpack.cmake).
if ! getent passwd phonefleet >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/phonefleet --no-create-home \
        --shell /sbin/nologin --comment "PhoneFleet server" phonefleet
fi
