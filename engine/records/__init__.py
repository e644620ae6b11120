"""The records an agency keeps: 解读三同步 pairs, sheets, the register, annual figures, archive transfer."""
