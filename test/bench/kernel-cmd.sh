# Sourced by kernel-tu.sh and kernel-instructions.sh.
# kernel_cmd TREE OBJECT OUT: the Kbuild command that compiled OBJECT (from
# its .o.cmd), writing OUT instead, without the dependency file and without
# the plugin flags of the build that produced it.
kernel_cmd() {
	local cmdfile=$1/$(dirname "$2")/.$(basename "$2").cmd
	[ -f "$cmdfile" ] || { echo "no $cmdfile; build the tree first" >&2; return 2; }
	sed -n 's/^savedcmd_[^ ]* := //p' "$cmdfile" |
		sed -e 's/-Wp,-MMD,[^ ]*//' -e 's/ -fplugin[-=][^ ]*//g' \
			-e "s| -o $2 | -o $3 |"
}
