//! Operating-system errors in Swedish. `std::io::Error`'s own text is English ("No such file or
//! directory (os error 2)"); everything a user reads in Diarievakt is Swedish, so every crate that
//! shows an I/O error to a user passes it through [`io_error_sv`].

/// An operating-system error as a Swedish sentence fragment ("filen finns inte"), so that what the
/// OS says reaches the user in Swedish too. Unknown errors keep the OS's own number for support.
pub fn io_error_sv(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let s = match e.kind() {
        K::NotFound => "filen eller mappen finns inte",
        K::PermissionDenied => "behörighet saknas (filen eller mappen får inte läsas eller skrivas)",
        K::AlreadyExists => "filen finns redan",
        K::IsADirectory => "det är en mapp, inte en fil",
        K::NotADirectory => "en del av sökvägen är inte en mapp",
        K::StorageFull => "disken är full – frigör utrymme och försök igen",
        K::ReadOnlyFilesystem => "filsystemet är skrivskyddat",
        K::FileTooLarge => "filen är för stor för filsystemet eller för gränsen för filstorlek",
        K::InvalidFilename => "filnamnet är ogiltigt",
        K::Interrupted => "åtgärden avbröts",
        K::TimedOut => "tidsgränsen överskreds",
        K::UnexpectedEof => "filen tog slut oväntat",
        K::OutOfMemory => "minnet räckte inte",
        K::BrokenPipe => "förbindelsen bröts",
        K::ResourceBusy => "filen används av ett annat program",
        _ => match e.raw_os_error() {
            Some(28) => "disken är full – frigör utrymme och försök igen",
            Some(n) => return format!("ett fel från operativsystemet (felkod {n})"),
            None => "ett okänt fel",
        },
    };
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error, ErrorKind};

    #[test]
    fn common_errors_are_swedish() {
        assert_eq!(io_error_sv(&Error::from(ErrorKind::NotFound)), "filen eller mappen finns inte");
        assert_eq!(io_error_sv(&Error::from_raw_os_error(28)), "disken är full – frigör utrymme och försök igen");
        assert_eq!(io_error_sv(&Error::from_raw_os_error(13)), "behörighet saknas (filen eller mappen får inte läsas eller skrivas)");
        assert_eq!(io_error_sv(&Error::from_raw_os_error(30)), "filsystemet är skrivskyddat");
        assert_eq!(io_error_sv(&Error::from_raw_os_error(27)), "filen är för stor för filsystemet eller för gränsen för filstorlek");
        assert_eq!(io_error_sv(&Error::from_raw_os_error(9999)), "ett fel från operativsystemet (felkod 9999)");
    }
}
