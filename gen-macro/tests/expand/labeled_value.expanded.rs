fn found(x: u32) -> impl Iterator<Item = u32> {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0> {
        Unresumed { x: T0 },
        Suspend0 {},
        Suspend1 {},
        Returned,
    }
    let mut __state = __State::Unresumed { x: x };
    ::gen_core::__private::Gen::new::<
        u32,
    >(move || {
        match ::gen_core::__private::replace(&mut __state, __State::Returned) {
            #[allow(unused_labels)]
            __State::Unresumed { x } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        let x = x;
                        let r = 'found: {
                            if x == 0 {
                                {
                                    let __value = ::gen_core::__private::item::<u32>(0);
                                    __next = ::gen_core::__private::same(
                                        &__state,
                                        __State::Suspend0 {},
                                    );
                                    __out = ::gen_core::__private::Some(__value);
                                    break '__step0;
                                };
                            }
                            300
                        };
                        {
                            let __value = ::gen_core::__private::item::<u32>(r);
                            __next = ::gen_core::__private::same(
                                &__state,
                                __State::Suspend1 {},
                            );
                            __out = ::gen_core::__private::Some(__value);
                            break '__step0;
                        };
                    }
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend0 {} => {
                let __out;
                let __next;
                '__step0: {
                    {
                        let r = 'found: {
                            {
                                break 'found 100;
                            };
                        };
                        {
                            let __value = ::gen_core::__private::item::<u32>(r);
                            __next = ::gen_core::__private::same(
                                &__state,
                                __State::Suspend1 {},
                            );
                            __out = ::gen_core::__private::Some(__value);
                            break '__step0;
                        };
                    }
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend1 {} => {
                {}
                #[allow(unreachable_code)] return ::gen_core::__private::None;
            }
            __State::Returned => ::gen_core::__private::None,
        }
    })
}
